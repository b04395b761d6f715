package nl.socialekaart.directory.uitwisseling;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.EigenDatabase;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk exchange against real PostgreSQL: export the published directory (demo data and whatever else the shared
 * test database holds), import it into a new, empty database (Flyway-migrated, nothing else), export again: the same
 * data, byte for byte (ndjson) and table for table (tabular package). And the specification's own examples import
 * without errors.
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsRondreisIT implements MetEmbeddedStack {

    /** The spec's examples (Open Referral, CC BY-SA 4.0), copied unchanged into the test resources. */
    private static byte[] voorbeeld(String naam) throws IOException {
        try (InputStream in = HsdsRondreisIT.class.getResourceAsStream("/hsds-voorbeelden/" + naam)) {
            return in.readAllBytes();
        }
    }

    @Inject
    HsdsExport export;

    private final List<ApplicationContext> contexten = new ArrayList<>();

    @AfterAll
    void sluit() {
        contexten.forEach(ApplicationContext::close);
    }

    @Test
    void ndjsonRoundTripIntoAnEmptyDatabaseGivesTheSameData() {
        byte[] eerste = ndjson(export);
        assertTrue(new String(eerste, StandardCharsets.UTF_8).lines().count() >= 150, "demo data geëxporteerd");

        ApplicationContext leeg = legeDatabase();
        HsdsImport importer = leeg.getBean(HsdsImport.class);
        ImportRapport proef = importer.importeer(new ByteArrayInputStream(eerste), HsdsImport.Formaat.NDJSON, true, "HSDS-test");
        assertEquals(List.of(), proef.fouten());
        assertFalse(proef.geschreven());
        assertEquals(0, ndjson(leeg.getBean(HsdsExport.class)).length, "een proefdraai schrijft niets");

        ImportRapport rapport = importer.importeer(new ByteArrayInputStream(eerste), HsdsImport.Formaat.NDJSON, false, "HSDS-test");
        assertEquals(List.of(), rapport.fouten());
        assertTrue(rapport.geschreven());
        assertEquals(List.of(), rapport.waarschuwingen(), "met het profiel hoeft niets aangenomen te worden");

        byte[] tweede = ndjson(leeg.getBean(HsdsExport.class));
        assertEquals(new String(eerste, StandardCharsets.UTF_8), new String(tweede, StandardCharsets.UTF_8));
    }

    @Test
    void tabularRoundTripIntoAnEmptyDatabaseGivesTheSameTables() throws IOException {
        Map<String, String> eerste = tabellen(export);
        assertEquals(13, eerste.size(), eerste.keySet().toString());
        assertTrue(eerste.get("datapackage.json").contains("\"services.csv\""));

        ApplicationContext leeg = legeDatabase();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        export.tabular(zip);
        ImportRapport rapport = leeg.getBean(HsdsImport.class).importeer(new ByteArrayInputStream(zip.toByteArray()),
                HsdsImport.Formaat.TABULAR, false, "HSDS-test");
        assertEquals(List.of(), rapport.fouten());
        assertTrue(rapport.geschreven());

        Map<String, String> tweede = tabellen(leeg.getBean(HsdsExport.class));
        assertEquals(eerste.keySet(), tweede.keySet());
        for (String bestand : eerste.keySet()) {
            assertEquals(eerste.get(bestand), tweede.get(bestand), bestand);
        }
    }

    @Test
    void theSpecificationsExamplesImportWithoutErrors() throws IOException {
        ApplicationContext leeg = legeDatabase();
        HsdsImport importer = leeg.getBean(HsdsImport.class);
        JsonMapper json = leeg.getBean(JsonMapper.class);

        // a fully nested service, as one ndjson line
        Map<String, Object> service = json.readValue(voorbeeld("service_full.json"),
                Argument.mapOf(String.class, Object.class));
        ImportRapport uitService = importer.importeer(new ByteArrayInputStream(json.writeValueAsBytes(service)),
                HsdsImport.Formaat.NDJSON, false, "HSDS-test");
        assertEquals(List.of(), uitService.fouten());
        assertEquals(1, uitService.services());
        assertTrue(uitService.geschreven());
        // what does not fit our model is reported, not silently dropped
        assertTrue(uitService.waarschuwingen().stream().anyMatch(w -> w.tekst().contains("coördinaten")),
                uitService.waarschuwingen().toString());

        // the tabular example, given as rows per CSV file
        Map<String, List<Map<String, Object>>> tabellen = json.readValue(voorbeeld("tabular.json"),
                Argument.mapOf(Argument.STRING, Argument.listOf(Argument.mapOf(String.class, Object.class))));
        ImportRapport uitTabellen = importer.importeerTabellen(tabellen, false, "HSDS-test");
        assertEquals(List.of(), uitTabellen.fouten());
        assertEquals(tabellen.get("services.csv").size(), uitTabellen.services());

        // and it comes out again as HSDS
        String uit = new String(ndjson(leeg.getBean(HsdsExport.class)), StandardCharsets.UTF_8);
        assertTrue(uit.contains(service.get("id").toString()), uit);
    }

    @Test
    void aBrokenRecordIsReportedAndNothingIsWritten() {
        ApplicationContext leeg = legeDatabase();
        String goed = "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Goed\",\"status\":\"active\","
                + "\"organization\":{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Org\",\"description\":\"x\"}}";
        String zonderNaam = "{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"active\"}";
        String kapot = "{\"id\": ";
        String soortFout = "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"X\",\"status\":\"active\",\"soort\":\"ZWAAR\","
                + "\"organization\":{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Org2\",\"description\":\"x\"}}";
        byte[] invoer = String.join("\n", goed, zonderNaam, kapot, soortFout).getBytes(StandardCharsets.UTF_8);
        ImportRapport rapport = leeg.getBean(HsdsImport.class).importeer(new ByteArrayInputStream(invoer),
                HsdsImport.Formaat.NDJSON, false, "HSDS-test");
        assertFalse(rapport.geschreven());
        assertTrue(rapport.fouten().stream().anyMatch(f -> "name".equals(f.veld())), rapport.toString());
        assertTrue(rapport.fouten().stream().anyMatch(f -> "organization".equals(f.veld())), rapport.toString());
        assertTrue(rapport.fouten().stream().anyMatch(f -> f.record().equals("regel 3")), rapport.toString());
        assertTrue(rapport.fouten().stream().anyMatch(f -> "soort".equals(f.veld()) && f.tekst().contains("ZWAAR")), rapport.toString());
        assertEquals(0, ndjson(leeg.getBean(HsdsExport.class)).length, "niets half geschreven");
    }

    private static byte[] ndjson(HsdsExport export) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        export.ndjson(uit);
        return uit.toByteArray();
    }

    private static Map<String, String> tabellen(HsdsExport export) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        export.tabular(uit);
        Map<String, String> tabellen = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(uit.toByteArray()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                tabellen.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return tabellen;
    }

    /** A new database on the shared PostgreSQL, migrated by Flyway and otherwise empty, with its own context. */
    private ApplicationContext legeDatabase() {
        Map<String, Object> properties = new HashMap<>(EigenDatabase.eigenschappen(getProperties(), "hsds_leeg"));
        ApplicationContext context = ApplicationContext.run(properties, "test");
        contexten.add(context);
        return context;
    }
}
