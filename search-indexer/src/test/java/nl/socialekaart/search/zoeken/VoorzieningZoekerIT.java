package nl.socialekaart.search.zoeken;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.testdata.TestAanbod;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoorzieningZoekerIT implements MetEmbeddedStack {

    private static final Duration SYNC = Duration.ofSeconds(10);

    @Inject TestAanbod aanbod;
    @Inject VoorzieningRepository voorzieningen;
    @Inject KernRepository kernen;
    @Inject VoorzieningZoeker zoeker;
    @Inject DataSource dataSource;

    @Test
    void findsPluralNameThroughDutchStemming() {
        String uniek = "Zwaluwhorst";
        Voorziening v = aanbod.gepubliceerd("Huiskamers " + uniek, "Koffie, thee en een praatje in de buurt");

        Wachten.tot("zichtbaar in de index", SYNC, () -> gevonden("huiskamer " + uniek, v.id()));
    }

    @Test
    void pluralAndSingularFindTheSameThroughSynonyms() {
        Voorziening v = aanbod.gepubliceerd("Buurtkamer Grutto", "Binnenlopen voor koffie en een praatje");

        Wachten.tot("vindbaar via synoniem", SYNC, () -> gevonden("huiskamer grutto", v.id()));
        assertTrue(gevonden("huiskamers grutto", v.id()), "meervoud vindt via hetzelfde synoniem");
    }

    @Test
    void atEqualRelevanceTheLighterOptionComesFirst() throws Exception {
        Voorziening zwaar = aanbod.gepubliceerd("Dagbesteding Tureluur", "Een zinvolle dag samen met anderen");
        Voorziening licht = aanbod.gepubliceerd("Dagbesteding Tureluur", "Een zinvolle dag samen met anderen");
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement maatwerk = connection.prepareStatement(
                     "update voorziening set soort = 'MAATWERK', toegang = 'INDICATIE' where id = ?");
             PreparedStatement aangeraakt = connection.prepareStatement(
                     "update voorziening set laatst_gecontroleerd = current_date where id = ?")) {
            maatwerk.setObject(1, zwaar.id());
            maatwerk.executeUpdate();
            // indexed last, so without the rule it would be last among equals
            aangeraakt.setObject(1, licht.id());
            aangeraakt.executeUpdate();
        }

        Wachten.tot("beide vindbaar, de zware als maatwerk", SYNC, () -> {
            List<VoorzieningWeergave> treffers = zoeker.zoek(ZoekVraag.van("tureluur", null, 1, 10)).treffers();
            return treffers.size() == 2 && treffers.get(1).soort() == Soort.MAATWERK;
        });
        assertEquals(licht.id(), zoeker.zoek(ZoekVraag.van("tureluur", null, 1, 10)).treffers().getFirst().id());
    }

    @Test
    void aPartOfACompoundWordFindsTheWholeWord() {
        Voorziening schuld = aanbod.gepubliceerd("Schuldhulpverlening Kwartel", "Samen orde in uw geldzaken");
        Voorziening mantel = aanbod.gepubliceerd("Mantelzorgondersteuning Kwartel", "Steun als u voor een naaste zorgt");

        Wachten.tot("samenstellingen vindbaar", SYNC, () -> gevonden("schuld kwartel", schuld.id())
                && gevonden("mantelzorg kwartel", mantel.id()));
        assertTrue(gevonden("schuldhulp kwartel", schuld.id()));
    }

    @Test
    void publishedEditReachesSearchAndUnpublishingRemovesIt() {
        Voorziening v = aanbod.gepubliceerd("Klussendienst Merelhof", "Hulp bij kleine klusjes in en om het huis");
        Wachten.tot("nieuwe voorziening vindbaar", SYNC, () -> gevonden("merelhof", v.id()));

        voorzieningen.update(v.metNaam("Klussendienst Spreeuwenhof"));
        Wachten.tot("nieuwe naam vindbaar", SYNC, () -> gevonden("spreeuwenhof", v.id()));
        assertFalse(gevonden("merelhof", v.id()), "oude naam hoort niet meer te vinden te zijn");

        Voorziening bijgewerkt = voorzieningen.findById(v.id()).orElseThrow();
        voorzieningen.update(bijgewerkt.metStatus(Status.GEARCHIVEERD));
        Wachten.tot("gearchiveerde voorziening verdwenen", SYNC, () -> !gevonden("spreeuwenhof", v.id()));
    }

    @Test
    void conceptIsNeverFound() {
        Voorziening concept = aanbod.voorziening("Boodschappendienst Kwikstaart", "Wij doen uw boodschappen",
                Status.CONCEPT);
        Voorziening gepubliceerd = aanbod.gepubliceerd("Boodschappendienst Kwikstaart Zuid", "Wij doen uw boodschappen");

        Wachten.tot("gepubliceerde vindbaar", SYNC, () -> gevonden("kwikstaart", gepubliceerd.id()));
        assertFalse(gevonden("kwikstaart", concept.id()));
    }

    @Test
    void kernFilterKeepsOnlyVoorzieningenForThatKern() {
        Voorziening hier = aanbod.gepubliceerd("Taalcafé Roodborst", "Samen Nederlands oefenen");
        Voorziening elders = aanbod.gepubliceerd("Taalcafé Roodborst Elders", "Samen Nederlands oefenen");
        Wachten.tot("beide vindbaar", SYNC, () -> gevonden("roodborst", hier.id()) && gevonden("roodborst", elders.id()));
        String kernVanHier = zoeker.zoek(ZoekVraag.van("roodborst", null, 1, 10)).treffers().stream()
                .filter(w -> w.id().equals(hier.id())).findFirst().orElseThrow().werkgebied().getFirst().slug();

        ZoekResultaat resultaat = zoeker.zoek(ZoekVraag.van("roodborst", kernVanHier, 1, 10));

        assertEquals(1, resultaat.totaal());
        assertEquals(hier.id(), resultaat.treffers().getFirst().id());
        assertTrue(kernen.findBySlug(kernVanHier).isPresent());
    }

    private boolean gevonden(String tekst, UUID id) {
        return zoeker.zoek(ZoekVraag.van(tekst, null, 1, 50)).treffers().stream()
                .map(VoorzieningWeergave::id).anyMatch(id::equals);
    }
}
