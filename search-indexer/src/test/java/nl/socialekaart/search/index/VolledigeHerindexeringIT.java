package nl.socialekaart.search.index;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.testdata.TestAanbod;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.search.zoeken.VoorzieningZoeker;
import nl.socialekaart.search.zoeken.ZoekVraag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "test.herindexering-pauzeert", value = "true")
class VolledigeHerindexeringIT implements MetEmbeddedStack {

    @Inject TestAanbod aanbod;
    @Inject VolledigeHerindexering herindexering;
    @Inject VoorzieningIndex index;
    @Inject VoorzieningZoeker zoeker;
    @Inject PauzerendeReader reader;

    @Test
    void oldIndexKeepsServingUntilTheNewOneIsCompleteAndChangesMadeMeanwhileAreIncluded() throws Exception {
        for (int i = 0; i < 4; i++) {
            aanbod.gepubliceerd("Ouderenadvies Lijster " + i, "Advies voor ouderen over wonen en zorg");
        }
        herindexering.herindexeer();
        String oudeIndex = index.actueleIndex().orElseThrow();
        long voor = aantal("lijster");
        assertTrue(voor >= 4);

        reader.pauzeerNa(2);
        CompletableFuture<Long> bezig = CompletableFuture.supplyAsync(() -> {
            try {
                return herindexering.herindexeer();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(reader.gepauzeerd.await(30, TimeUnit.SECONDS), "herindexering bereikte de pauze niet");

        // halfway: the alias still points at the complete old index
        assertEquals(oudeIndex, index.actueleIndex().orElseThrow());
        assertEquals(voor, aantal("lijster"));
        Voorziening tussendoor = aanbod.gepubliceerd("Ouderenadvies Lijster Tussendoor", "Nieuw tijdens herindexering");

        reader.ga.countDown();
        bezig.get(60, TimeUnit.SECONDS);

        assertNotEquals(oudeIndex, index.actueleIndex().orElseThrow());
        assertEquals(voor + 1, aantal("lijster"));
        assertTrue(zoeker.zoek(ZoekVraag.van("tussendoor", null, 1, 10)).treffers().stream()
                .anyMatch(w -> w.id().equals(tussendoor.id())));
    }

    private long aantal(String tekst) {
        return zoeker.zoek(ZoekVraag.van(tekst, null, 1, 10)).totaal();
    }

    /** The real reader, able to stop halfway through a full read until the test lets it go on. */
    @Singleton
    @Replaces(VoorzieningWeergaveReader.class)
    @Requires(property = "test.herindexering-pauzeert")
    static class PauzerendeReader extends VoorzieningWeergaveReader {

        final CountDownLatch gepauzeerd = new CountDownLatch(1);
        final CountDownLatch ga = new CountDownLatch(1);
        private volatile int pauzeerNa = Integer.MAX_VALUE;

        PauzerendeReader(DataSource dataSource, JsonMapper jsonMapper) {
            super(dataSource, jsonMapper);
        }

        void pauzeerNa(int aantal) {
            pauzeerNa = aantal;
        }

        @Override
        public void leesAlleGepubliceerde(Consumer<VoorzieningWeergave> ontvanger) {
            AtomicInteger gelezen = new AtomicInteger();
            super.leesAlleGepubliceerde(weergave -> {
                if (gelezen.incrementAndGet() == pauzeerNa) {
                    gepauzeerd.countDown();
                    try {
                        ga.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                ontvanger.accept(weergave);
            });
        }
    }
}
