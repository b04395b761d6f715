package nl.socialekaart.search.zoeken;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoorzieningZoekerTest {

    @Test
    void aNamedKernAndGemeenteBecomeBoostsOnTheirFields() {
        List<Query> voorkeur = VoorzieningZoeker.inGenoemdePlaats(new Plaatsnamen.Genoemd(Set.of("huissen"), Set.of("GM1705")));

        assertEquals(2, voorkeur.size());
        assertEquals("kernen", voorkeur.get(0).terms().field());
        assertEquals("huissen", voorkeur.get(0).terms().terms().value().getFirst().stringValue());
        assertTrue(voorkeur.get(0).terms().boost() > 1);
        assertEquals("gemeenten", voorkeur.get(1).terms().field());
    }

    @Test
    void noPlaceNamedNoBoost() {
        assertTrue(VoorzieningZoeker.inGenoemdePlaats(new Plaatsnamen.Genoemd(Set.of(), Set.of())).isEmpty());
    }
}
