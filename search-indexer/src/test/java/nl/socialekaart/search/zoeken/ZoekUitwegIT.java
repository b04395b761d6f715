package nl.socialekaart.search.zoeken;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An empty search on the demo data always offers a way on. */
@MicronautTest(environments = "demo", transactional = false)
class ZoekUitwegIT extends OpDemodata {

    @Inject VoorzieningZoeker zoeker;
    @Inject ZoekUitweg uitweg;

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
