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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kern and gemeente names in what was typed, recognised from the database's own names. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaatsnaamIT implements MetEmbeddedStack {

    @Inject Plaatsnamen plaatsnamen;
    @Inject Outbox outbox;
    @Inject VoorzieningIndex index;

    @BeforeAll
    void indexBijgewerkt() throws IOException {
        Wachten.tot("outbox leeg", Duration.ofSeconds(30), () -> outbox.achterstand() == 0);
        index.ververs(index.alias());
    }

    @Test
    void recognisesKernAndGemeenteNamesWhateverTheCase() {
        Plaatsnamen.Genoemd genoemd = plaatsnamen.in("Schuldhulp HUISSEN of ergens in Vijfheerenlanden");

        assertEquals(Set.of("huissen"), genoemd.kernen());
        assertEquals(Set.of("GM1961"), genoemd.gemeenten());
    }
}
