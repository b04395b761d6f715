package nl.socialekaart.portal.beheer.importeren;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.importeren.Kolom;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.portal.beheer.Inloggen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import and export through HTTP as a redacteur does it, against the real stack with the demo gemeente. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportIT implements MetEmbeddedStack {

    static final String KOP = String.join(",", Kolom.koppen()) + "\n";

    @Inject @Client("/") HttpClient http;
    @Inject DataSource dataSource;
    @Inject JsonMapper json;
    @Inject io.micronaut.runtime.server.EmbeddedServer server;

    private String cookie;

    @BeforeAll
    void inloggen() {
        cookie = Inloggen.als(client(), DemoGebruikers.REDACTEUR);
    }

    @AfterAll
    void opruimen() throws SQLException {
        voer("delete from voorziening where extern_id like 'http-%' or extern_id like 'groot-%'");
    }

    static String rij(String externId, String naam, String omschrijving, String email, String status) {
        return String.join(",", externId, csv(naam), "bibliotheek-rijn-linge", "Korte uitleg", csv(omschrijving),
                "ALGEMEEN", "VRIJ_TOEGANKELIJK", "GRATIS", "", "", email, "", "ontmoeting", "", "huissen",
                "", "", "", "", "", "", "", "", status, "") + "\n";
    }

    private static String csv(String waarde) {
        return "\"" + waarde.replace("\"", "\"\"") + "\"";
    }

    @Test
    void templateHasTheColumnsOfTheImport() {
        HttpResponse<String> sjabloon = verstuur(HttpRequest.GET("/beheer/import/sjabloon.csv").header("Cookie", cookie));

        assertEquals(HttpStatus.OK, sjabloon.getStatus());
        assertTrue(sjabloon.getHeaders().get("Content-Disposition").contains("attachment"));
        assertEquals("\uFEFF" + KOP.strip(), sjabloon.body().strip());
    }

    @Test
    void dryRunListsEveryInvalidRowWithColumnAndDutchReasonAndWritesNothing() throws Exception {
        long voor = tel("select count(*) from voorziening");
        String csv = KOP + rij("http-dr-1", "Goed", "Uitleg", "", "CONCEPT")
                + rij("http-dr-2", "", "Uitleg", "", "CONCEPT")
                + rij("http-dr-3", "Fout adres", "Uitleg", "niet-een-adres", "CONCEPT");

        String pagina = volg(upload("aanbod.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertTrue(pagina.contains("1</span> rijen zijn goed"), pagina);
        assertTrue(Pattern.compile("<td>3</td>\\s*<td>naam</td>\\s*<td>Vul een naam in.</td>").matcher(pagina).find(), pagina);
        assertTrue(Pattern.compile("<td>4</td>\\s*<td>email</td>\\s*<td>Vul een geldig e-mailadres in.</td>").matcher(pagina).find(), pagina);
        assertEquals(voor, tel("select count(*) from voorziening"));
    }

    @Test
    void allOrNothingWithOneBadRowLeavesTheDatabaseUnchangedAndValidOnlyWritesTheRest() throws Exception {
        long voor = tel("select count(*) from voorziening");
        String csv = KOP + rij("http-aon-1", "Eén", "Uitleg", "", "CONCEPT") + rij("http-aon-2", "Twee", "Uitleg", "kapot", "CONCEPT");
        String taak = upload("aanbod.csv", csv.getBytes(StandardCharsets.UTF_8));
        wachtTot(taak, "GECONTROLEERD");

        String allesOfNiets = volg(voerUit(taak, "ALLES_OF_NIETS"));
        assertTrue(allesOfNiets.contains("Er is niets opgeslagen."), allesOfNiets);
        assertEquals(voor, tel("select count(*) from voorziening"));

        String taak2 = upload("aanbod.csv", csv.getBytes(StandardCharsets.UTF_8));
        wachtTot(taak2, "GECONTROLEERD");
        String alleenGeldige = volg(voerUit(taak2, "ALLEEN_GELDIGE"));
        assertTrue(alleenGeldige.contains("1</span> voorzieningen toegevoegd"), alleenGeldige);
        assertEquals(voor + 1, tel("select count(*) from voorziening"));
    }

    @Test
    void malformedFilesGetAMessagePerRowNeverAServerError() throws Exception {
        Map<String, byte[]> bestanden = Map.of(
                "leeg.csv", new byte[0],
                "kop.csv", "naam;titel\nx;y\n".getBytes(StandardCharsets.UTF_8),
                "quote.csv", (KOP + rij("http-m-1", "A", "B", "", "") + "http-m-2,\"kapot\"x,b\n").getBytes(StandardCharsets.UTF_8),
                "kolommen.csv", (KOP + "http-m-3,te,weinig\n").getBytes(StandardCharsets.UTF_8),
                "ansi.csv", (KOP + rij("http-m-4", "Café", "B", "", "")).getBytes("windows-1252"),
                "kapot.xlsx", new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3});
        Map<String, String> verwacht = Map.of(
                "leeg.csv", "Het bestand is leeg.",
                "kop.csv", "Onbekende kolom &quot;titel&quot;",
                "quote.csv", "Een aanhalingsteken (&quot;) staat op een verkeerde plek",
                "kolommen.csv", "Deze rij heeft 3 kolommen, de kopregel 25.",
                "ansi.csv", "Regel 2 bevat tekens die geen UTF-8 zijn",
                "kapot.xlsx", "Het Excel-bestand kan niet worden gelezen.");

        for (var bestand : bestanden.entrySet()) {
            String pagina = volg(upload(bestand.getKey(), bestand.getValue()));
            assertTrue(pagina.contains(verwacht.get(bestand.getKey())), bestand.getKey() + ":\n" + pagina);
        }
        assertEquals(0, tel("select count(*) from voorziening where extern_id like 'http-m-%'"));
    }

    /** As a browser sends it (with Content-Length), and chunked as the Micronaut client sends a large multipart body. */
    @Test
    void uploadOverTheLimitIsRefusedWithAClearMessage() throws Exception {
        long voor = tel("select count(*) from voorziening");
        byte[] groot = (KOP + "a".repeat(21 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        String grens = "----grens7d93";
        byte[] kop = ("--" + grens + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"groot.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] staart = ("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] lichaam = new byte[kop.length + groot.length + staart.length];
        System.arraycopy(kop, 0, lichaam, 0, kop.length);
        System.arraycopy(groot, 0, lichaam, kop.length, groot.length);
        System.arraycopy(staart, 0, lichaam, kop.length + groot.length, staart.length);

        java.net.http.HttpResponse<String> alsBrowser = alsBrowser("/beheer/import", "multipart/form-data; boundary=" + grens, lichaam);
        HttpResponse<String> chunked = verstuur(HttpRequest.POST("/beheer/import",
                        MultipartBody.builder().addPart("bestand", "groot.csv", MediaType.TEXT_CSV_TYPE, groot).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Cookie", cookie));

        assertEquals(413, alsBrowser.statusCode());
        assertTrue(alsBrowser.body().contains("Het bestand is te groot. Een import mag maximaal 20 MB zijn."), alsBrowser.body());
        assertEquals(HttpStatus.REQUEST_ENTITY_TOO_LARGE, chunked.getStatus());
        assertTrue(chunked.body().contains("Het bestand is te groot. Een import mag maximaal 20 MB zijn."), chunked.body());
        assertEquals(voor, tel("select count(*) from voorziening"));
    }

    @Test
    void otherFormsStillRefuseMoreThanOneMegabyte() throws Exception {
        byte[] groot = ("email=" + "x".repeat(1024 * 1024 + 10) + "&wachtwoord=x").getBytes(StandardCharsets.UTF_8);

        java.net.http.HttpResponse<String> antwoord = alsBrowser("/beheer/inloggen", MediaType.APPLICATION_FORM_URLENCODED, groot);

        assertEquals(413, antwoord.statusCode());
        assertTrue(antwoord.body().contains("Het verzoek is te groot."), antwoord.body());
    }

    /** 5,000 rows: the page follows a background job whose progress goes up, and all rows arrive. */
    @Test
    void largeFileRunsInTheBackgroundWithProgress() throws Exception {
        StringBuilder csv = new StringBuilder(KOP);
        for (int i = 0; i < 5000; i++) {
            csv.append(rij("groot-" + i, "Grote import " + i, "Omschrijving " + i, "", "CONCEPT"));
        }
        String taak = upload("groot.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        String lopend = verstuur(HttpRequest.GET(taak).header("Cookie", cookie)).body();
        wachtTot(taak, "GECONTROLEERD");
        String controle = verstuur(HttpRequest.GET(taak).header("Cookie", cookie)).body();
        voerUit(taak, "ALLES_OF_NIETS");
        List<Integer> procenten = new ArrayList<>();
        Map<String, Object> status = wachtTot(taak, "KLAAR", procenten);

        assertTrue(lopend.contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>")
                || lopend.contains("5000</span> rijen zijn goed"), "zonder JavaScript ververst de pagina zich");
        assertTrue(lopend.contains("/static/js/import-voortgang.js"));
        assertTrue(controle.contains("5000</span> rijen zijn goed"), controle);
        assertEquals(100, status.get("procent"));
        assertTrue(procenten.stream().anyMatch(p -> p > 0 && p < 100), "tussenstanden: " + procenten);
        assertEquals(5000, tel("select count(*) from voorziening where extern_id like 'groot-%'"));
    }

    @Test
    void exportHasTheTemplateColumnsAndImportsAgainWithoutDuplicates() throws Exception {
        long voor = tel("select count(*) from voorziening");
        HttpResponse<String> export = verstuur(HttpRequest.GET("/beheer/export.csv").header("Cookie", cookie));
        assertEquals(HttpStatus.OK, export.getStatus());
        assertTrue(export.body().startsWith("\uFEFF" + KOP.strip()), export.body().substring(0, 300));

        String taak = upload("export.csv", export.body().getBytes(StandardCharsets.UTF_8));
        wachtTot(taak, "GECONTROLEERD");
        String pagina = volg(voerUit(taak, "ALLES_OF_NIETS"));

        assertTrue(pagina.contains("0</span> voorzieningen toegevoegd"), pagina);
        assertEquals(voor, tel("select count(*) from voorziening"));
        assertEquals(export.body(), verstuur(HttpRequest.GET("/beheer/export.csv").header("Cookie", cookie)).body());
    }

    /** HTML and script in a file are data: the public pages show them as text, never as markup. */
    @Test
    void scriptInImportedFieldsIsEscapedOnThePublicPages() throws Exception {
        String naam = "Xsstest <script>alert('naam')</script>";
        String omschrijving = "<img src=x onerror=alert(1)> en <b onmouseover=\"alert(2)\">vet</b>";
        String csv = KOP + rij("http-xss", naam, omschrijving, "", "GEPUBLICEERD");
        String taak = upload("xss.csv", csv.getBytes(StandardCharsets.UTF_8));
        wachtTot(taak, "GECONTROLEERD");
        String importpagina = volg(voerUit(taak, "ALLES_OF_NIETS"));
        assertTrue(importpagina.contains("1</span> voorzieningen toegevoegd"), importpagina);
        String id = String.valueOf(waarde("select id from voorziening where extern_id = 'http-xss'"));

        String zoekpagina = "";
        Instant tot = Instant.now().plus(Duration.ofSeconds(30));
        // the page echoes the query, so wait for the result itself (the outbox brings it to the index)
        while (!zoekpagina.contains("Xsstest &lt;script") && Instant.now().isBefore(tot)) {
            Thread.sleep(300);
            zoekpagina = verstuur(HttpRequest.GET("/zoeken?q=" + URLEncoder.encode("Xsstest", StandardCharsets.UTF_8))).body();
        }
        HttpResponse<String> detail = verstuur(HttpRequest.GET("/voorziening/" + id + "/xsstest-script-alert-naam-script"));
        String detailpagina = detail.getStatus() == HttpStatus.OK ? detail.body()
                : verstuur(HttpRequest.GET(detail.getHeaders().get("Location"))).body();

        for (String pagina : List.of(zoekpagina, detailpagina)) {
            assertTrue(pagina.contains("Xsstest &lt;script&gt;alert(&#39;naam&#39;)&lt;/script&gt;"), pagina);
            assertFalse(pagina.contains("<script>alert("), "script ongeschonden in de pagina");
        }
        assertTrue(detailpagina.contains("&lt;img src=x onerror=alert(1)&gt;"), detailpagina);
        assertFalse(detailpagina.contains("<img src=x"));
        assertFalse(detailpagina.contains("<b onmouseover"));
    }

    /** Sent as a browser sends a form: the whole body with its Content-Length (the JDK client, not Micronaut's). */
    private java.net.http.HttpResponse<String> alsBrowser(String pad, String soort, byte[] lichaam) throws Exception {
        try (var jdk = java.net.http.HttpClient.newHttpClient()) {
            return jdk.send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve(pad))
                            .header("Content-Type", soort).header("Cookie", cookie)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(lichaam)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }

    private String upload(String naam, byte[] inhoud) {
        HttpResponse<String> antwoord = verstuur(HttpRequest.POST("/beheer/import",
                        MultipartBody.builder().addPart("bestand", naam, MediaType.TEXT_CSV_TYPE, inhoud).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Cookie", cookie));
        assertEquals(HttpStatus.SEE_OTHER, antwoord.getStatus(), antwoord.body());
        return antwoord.getHeaders().get("Location");
    }

    private String voerUit(String taak, String modus) {
        HttpResponse<String> antwoord = verstuur(HttpRequest.POST(taak + "/uitvoeren", Map.of("modus", modus))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Cookie", cookie));
        assertEquals(HttpStatus.SEE_OTHER, antwoord.getStatus(), antwoord.body());
        return taak;
    }

    /** The job's page once it is no longer busy. */
    private String volg(String taak) throws Exception {
        wachtTot(taak, null);
        HttpResponse<String> pagina = verstuur(HttpRequest.GET(taak).header("Cookie", cookie));
        assertEquals(HttpStatus.OK, pagina.getStatus());
        return pagina.body();
    }

    private Map<String, Object> wachtTot(String taak, String fase) throws Exception {
        return wachtTot(taak, fase, new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> wachtTot(String taak, String fase, List<Integer> procenten) throws Exception {
        Instant tot = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(tot)) {
            HttpResponse<String> antwoord = verstuur(HttpRequest.GET(taak + "/status").header("Cookie", cookie));
            Map<String, Object> status = json.readValue(antwoord.body(), Map.class);
            procenten.add(((Number) status.get("procent")).intValue());
            if (!(Boolean) status.get("bezig") && (fase == null || fase.equals(status.get("fase")))) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import niet klaar: " + taak);
    }

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private HttpResponse<String> verstuur(MutableHttpRequest<?> verzoek) {
        try {
            return client().exchange(verzoek, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> antwoord = (HttpResponse<String>) e.getResponse();
            return antwoord;
        }
    }

    private long tel(String sql) throws SQLException {
        return ((Number) waarde(sql)).longValue();
    }

    private Object waarde(String sql) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next());
            return r.getObject(1);
        }
    }

    private void voer(String sql) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
