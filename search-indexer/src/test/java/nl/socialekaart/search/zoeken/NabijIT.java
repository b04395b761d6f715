package nl.socialekaart.search.zoeken;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.geocodering.Punt;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Near me and the map area, on the demo data, measured with our own distance arithmetic. */
@MicronautTest(environments = "demo", transactional = false)
class NabijIT extends OpDemodata {

    private static final Punt GENDT = new Punt(51.876, 5.969);

    @Inject VoorzieningZoeker zoeker;

    @Test
    void sortedByDistanceTheNearestComesFirstAndDistancesOnlyGrow() {
        List<VoorzieningWeergave> treffers = zoek("huiskamer", new Plaats(GENDT, null, null), Sortering.AFSTAND, 20);

        assertTrue(treffers.getFirst().locaties().stream().anyMatch(l -> l.kern().slug().equals("gendt")),
                treffers.getFirst().naam());
        double vorige = 0;
        for (VoorzieningWeergave treffer : treffers) {
            double afstand = Afstand.km(GENDT, treffer).orElseThrow();
            assertTrue(afstand >= vorige - 0.001, treffer.naam() + " op " + afstand + " na " + vorige);
            vorige = afstand;
        }
    }

    @Test
    void aRadiusKeepsOnlyVoorzieningenWithALocatieInsideIt() {
        List<VoorzieningWeergave> binnen = zoek(null, new Plaats(GENDT, 3.0, null), Sortering.AFSTAND, 100);
        List<VoorzieningWeergave> ruimer = zoek(null, new Plaats(GENDT, 10.0, null), Sortering.AFSTAND, 100);

        assertTrue(!binnen.isEmpty() && binnen.size() < ruimer.size(), binnen.size() + " / " + ruimer.size());
        binnen.forEach(v -> assertTrue(Afstand.km(GENDT, v).orElseThrow() <= 3.0 + 0.01, v.naam()));
    }

    @Test
    void theMapAreaKeepsOnlyVoorzieningenWithALocatieInIt() {
        Kader vijfheerenlanden = new Kader(51.85, 4.9, 52.0, 5.2);

        List<VoorzieningWeergave> treffers = zoek(null, new Plaats(null, null, vijfheerenlanden), Sortering.RELEVANTIE, 100);

        assertTrue(!treffers.isEmpty());
        treffers.forEach(v -> assertTrue(v.locaties().stream().anyMatch(l ->
                l.punt().lat() >= 51.85 && l.punt().lat() <= 52.0 && l.punt().lon() >= 4.9 && l.punt().lon() <= 5.2), v.naam()));
        assertTrue(treffers.stream().allMatch(v -> v.werkgebied().stream().allMatch(k -> k.cbsCode().equals("GM1961"))
                || v.werkgebied().isEmpty()), "alleen Vijfheerenlanden");
    }

    @Test
    void distanceOrderNeedsAPointAndSaysSo() {
        OngeldigeZoekvraagException fout = assertThrows(OngeldigeZoekvraagException.class,
                () -> new ZoekVraag(null, Map.of(), Plaats.OVERAL, Sortering.AFSTAND, 1, 10));

        assertEquals("sortering", fout.parameter());
    }

    private List<VoorzieningWeergave> zoek(String tekst, Plaats plaats, Sortering sortering, int aantal) {
        return zoeker.zoek(new ZoekVraag(tekst, Map.of(), plaats, sortering, 1, aantal)).treffers();
    }
}
