package nl.socialekaart.search.zoeken;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.outbox.Outbox;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.search.index.VoorzieningIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An empty search on the demo data always offers a way on. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoekUitwegIT implements MetEmbeddedStack {

    @Inject VoorzieningZoeker zoeker;
    @Inject ZoekUitweg uitweg;
    @Inject Outbox outbox;
    @Inject VoorzieningIndex index;

    @BeforeAll
    void indexBijgewerkt() throws IOException {
        Wachten.tot("outbox leeg", Duration.ofSeconds(30), () -> outbox.achterstand() == 0);
        index.ververs(index.alias());
    }

    @Test
    void nothingInTheKernWidensToItsGemeente() {
        ZoekResultaat inRessen = zoeker.zoek(ZoekVraag.van("stoelgym", "ressen", 1, 10));
        assertEquals(0, inRessen.totaal());

        Uitweg weg = uitweg.voor(inRessen);

        assertEquals(Uitweg.Verbreding.GEMEENTE, weg.verbreding());
        assertTrue(weg.breder().treffers().stream().allMatch(v -> v.naam().startsWith("Stoelgym")), weg.toString());
        assertTrue(weg.breder().totaal() >= 2);
    }

    @Test
    void nothingWithFiltersWidensToNoFilters() {
        ZoekResultaat metIndicatie = zoeker.zoek(new ZoekVraag("koersbal", Map.of(Facet.TOEGANG, Set.of("INDICATIE")), 1, 10));
        assertEquals(0, metIndicatie.totaal());

        Uitweg weg = uitweg.voor(metIndicatie);

        assertEquals(Uitweg.Verbreding.ZONDER_FILTERS, weg.verbreding());
        assertTrue(weg.breder().treffers().getFirst().naam().startsWith("Koersbal"));
    }

    @Test
    void aMisspeltWordGetsAnAlternative() {
        assertEquals("huiskamer", uitweg.spelling("huiskamr"));
        assertNull(uitweg.spelling("huiskamer"), "een goed woord krijgt geen verbetering");
    }
}
