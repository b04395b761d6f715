package nl.socialekaart.directory.sturing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.taxonomie.Thema;
import nl.socialekaart.directory.taxonomie.ThemaRepository;
import nl.socialekaart.directory.testdata.EigenDatabase;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.zoeklog.ZoeklogRepository;
import nl.socialekaart.directory.zoeklog.Zoekopdracht;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steering figures over the demo data (Lingewaard + Vijfheerenlanden, 226 published voorzieningen).
 * The expected numbers were counted independently from the demo JSON files.
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SturingIT implements MetEmbeddedStack {

    private Map<String, String> eigenDatabase;

    /**
     * Exactly the demo data: other tests add kernen and voorzieningen to the shared database. Made once: the
     * test framework may ask for the properties again.
     */
    @Override
    public Map<String, String> getProperties() {
        if (eigenDatabase == null) {
            eigenDatabase = EigenDatabase.eigenschappen(MetEmbeddedStack.super.getProperties(), "sturing");
        }
        return eigenDatabase;
    }

    @Inject Sturing sturing;
    @Inject ThemaRepository themas;
    @Inject ZoeklogRepository zoeklog;

    @Test
    void coverageMatrixCountsVoorzieningenPerKernAndThemaThroughWerkgebiedAndLocatie() {
        Dekking dekking = sturing.dekking();

        assertEquals(22, dekking.rijen().size(), "7 kernen Lingewaard + 15 Vijfheerenlanden");
        assertEquals("Geld en schulden", dekking.themas().get(0));
        assertEquals("Ontmoeting en meedoen", dekking.themas().get(1));
        assertEquals(22, dekking.aantal("huissen", 1), "ontmoeting in Huissen");
        assertEquals(12, dekking.aantal("gendt", 0), "geld en schulden in Gendt");
        assertEquals(3, dekking.aantal("kedichem", 4), "vervoer in Kedichem");
        assertEquals(8, dekking.aantal("hei-en-boeicop", 1));
        assertEquals(0, dekking.legeCellen(), "de demodata heeft in elke kern aanbod voor elk thema");
    }

    @Test
    void aThemaWithoutAanbodIsAnEmptyColumn() {
        Thema nieuw = themas.save(new Thema(null, "sturing-test-leeg", "Leeg testthema", null, 99, null));
        try {
            Dekking dekking = sturing.dekking();
            int kolom = dekking.themas().indexOf("Leeg testthema");
            assertTrue(kolom >= 0);
            assertEquals(0, dekking.aantal("huissen", kolom));
            assertEquals(22, dekking.legeCellen());
        } finally {
            themas.delete(nieuw);
        }
    }

    @Test
    void countsPerSoortAndToegangCoverEveryValueInOrder() {
        assertEquals(List.of(new Telling("ALGEMEEN", 199), new Telling("COLLECTIEF", 9), new Telling("VOORLIGGEND", 4),
                new Telling("LICHTE_MAATWERK", 7), new Telling("MAATWERK", 7)), sturing.perSoort());
        assertEquals(List.of(new Telling("VRIJ_TOEGANKELIJK", 128), new Telling("AANMELDEN", 75),
                new Telling("VIA_VERWIJZING", 14), new Telling("INDICATIE", 9)), sturing.perToegang());
    }

    @Test
    void entriesNotCheckedForSixMonthsAreStale() {
        Actualiteit actualiteit = sturing.actualiteit(LocalDate.of(2026, 11, 24));

        assertEquals(LocalDate.of(2026, 5, 24), actualiteit.grens());
        assertEquals(0, actualiteit.nooitGecontroleerd());
        assertEquals(56, actualiteit.ouderDanGrens());
        assertEquals(226, actualiteit.gepubliceerd());
    }

    @Test
    void searchesWithoutResultsAreGroupedPerKernMostFrequentFirst() {
        // the test database outlives one run: a start time just before these searches keeps earlier runs out
        Instant sinds = Instant.now().minus(1, ChronoUnit.SECONDS);
        log("Rolstoeltaxi", "gendt", 0);
        log("rolstoeltaxi ", "gendt", 0);
        log("rolstoeltaxi", "gendt", 0);
        log("rolstoeltaxi", "vianen", 0);
        log("zwembadbus", null, 0);
        log("huiskamer", "gendt", 4);
        log("huiskamer", "gendt", 4);
        log("huiskamer", "gendt", 4);
        log("huiskamer", "gendt", 4);

        List<Zoekvraag> zonder = sturing.zonderResultaat(sinds, 10);
        List<Zoekvraag> meest = sturing.meestGezocht(sinds, 10);

        assertEquals(new Zoekvraag("Gendt", "rolstoeltaxi", 3, 3), zonder.get(0));
        assertTrue(zonder.contains(new Zoekvraag("Vianen", "rolstoeltaxi", 1, 1)), zonder.toString());
        assertTrue(zonder.contains(new Zoekvraag(null, "zwembadbus", 1, 1)), zonder.toString());
        assertTrue(zonder.stream().noneMatch(z -> z.zoektekst().equals("huiskamer")), "huiskamer vond wel iets");
        assertEquals(new Zoekvraag("Gendt", "huiskamer", 4, 0), meest.get(0));
        assertEquals(new Zoekvraag("Gendt", "rolstoeltaxi", 3, 3), meest.get(1));
    }

    private void log(String tekst, String kern, long resultaten) {
        zoeklog.save(new Zoekopdracht(null, null, tekst, kern == null ? "" : "kern=" + kern, kern, resultaten,
                Zoekopdracht.Bron.PAGINA));
    }
}
