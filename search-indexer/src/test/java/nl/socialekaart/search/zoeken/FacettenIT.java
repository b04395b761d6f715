package nl.socialekaart.search.zoeken;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facet counts over all demo data: they add up, and each reflects the other chosen filters but not its own. */
@MicronautTest(environments = "demo", transactional = false)
class FacettenIT extends OpDemodata {

    @Inject VoorzieningZoeker zoeker;

    @Test
    void eachResultCountsOnceInASingleValuedFacet() {
        ZoekResultaat resultaat = zoek(Map.of());

        assertTrue(resultaat.totaal() > 10);
        assertEquals(resultaat.totaal(), som(resultaat, Facet.TOEGANG));
        assertEquals(resultaat.totaal(), som(resultaat, Facet.SOORT));
    }

    @Test
    void choosingAValueGivesTheCountShownAndLeavesItsOwnFacetAlone() {
        ZoekResultaat voor = zoek(Map.of());
        FacetWaarde vrij = waarde(voor, Facet.TOEGANG, "VRIJ_TOEGANKELIJK");

        ZoekResultaat na = zoek(Map.of(Facet.TOEGANG, Set.of("VRIJ_TOEGANKELIJK")));

        assertEquals(vrij.aantal(), na.totaal());
        assertEquals(voor.facetten().get(Facet.TOEGANG).size(), na.facetten().get(Facet.TOEGANG).size());
        assertTrue(waarde(na, Facet.TOEGANG, "VRIJ_TOEGANKELIJK").gekozen());
        assertEquals(na.totaal(), som(na, Facet.SOORT), "andere facetten tellen binnen de keuze");
    }

    @Test
    void twoValuesOfOneFacetWidenTwoFacetsNarrow() {
        ZoekResultaat voor = zoek(Map.of());
        long vrij = waarde(voor, Facet.TOEGANG, "VRIJ_TOEGANKELIJK").aantal();
        long aanmelden = waarde(voor, Facet.TOEGANG, "AANMELDEN").aantal();

        ZoekResultaat beide = zoek(Map.of(Facet.TOEGANG, Set.of("VRIJ_TOEGANKELIJK", "AANMELDEN")));
        assertEquals(vrij + aanmelden, beide.totaal());

        ZoekResultaat metKern = zoek(Map.of(Facet.TOEGANG, Set.of("VRIJ_TOEGANKELIJK", "AANMELDEN"),
                Facet.KERN, Set.of("gendt")));
        assertTrue(metKern.totaal() < beide.totaal());
        assertEquals(waarde(beide, Facet.KERN, "gendt").aantal(), metKern.totaal());
    }

    @Test
    void aMisspeltWordStillFindsWhatWasMeant() {
        ZoekResultaat typfout = zoeker.zoek(ZoekVraag.van("mantelzorgr", null, 1, 5));

        assertTrue(typfout.totaal() > 0, "typfout vindt iets");
        assertTrue(typfout.treffers().getFirst().naam().toLowerCase().contains("mantelzorg"),
                typfout.treffers().getFirst().naam());
    }

    private ZoekResultaat zoek(Map<Facet, Set<String>> filters) {
        return zoeker.zoek(new ZoekVraag(null, filters, 1, 10));
    }

    private static long som(ZoekResultaat resultaat, Facet facet) {
        return resultaat.facetten().get(facet).stream().mapToLong(FacetWaarde::aantal).sum();
    }

    private static FacetWaarde waarde(ZoekResultaat resultaat, Facet facet, String waarde) {
        List<FacetWaarde> waarden = resultaat.facetten().get(facet);
        return waarden.stream().filter(w -> w.waarde().equals(waarde)).findFirst()
                .orElseThrow(() -> new AssertionError(facet + " mist " + waarde + ": " + waarden));
    }
}
