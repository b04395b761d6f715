package nl.socialekaart.search.zoeken;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kern and gemeente names in what was typed, recognised from the database's own names. */
@MicronautTest(environments = "demo", transactional = false)
class PlaatsnaamIT extends OpDemodata {

    @Inject Plaatsnamen plaatsnamen;

    @Test
    void recognisesKernAndGemeenteNamesWhateverTheCase() {
        Plaatsnamen.Genoemd genoemd = plaatsnamen.in("Schuldhulp HUISSEN of ergens in Vijfheerenlanden");

        assertEquals(Set.of("huissen"), genoemd.kernen());
        assertEquals(Set.of("GM1961"), genoemd.gemeenten());
    }
}
