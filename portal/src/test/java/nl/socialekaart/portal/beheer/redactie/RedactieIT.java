package nl.socialekaart.portal.beheer.redactie;

import nl.socialekaart.directory.geocodering.Punt;
import nl.socialekaart.directory.geocodering.Geocoder;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.gebruiker.GebruikerRepository;
import nl.socialekaart.directory.redactie.Redactie;
import nl.socialekaart.directory.redactie.VoorzieningInvoer;
import nl.socialekaart.directory.redactie.ZichtbaarheidsBewaking;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.taxonomie.ThemaRepository;
import nl.socialekaart.portal.beheer.Inloggen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Editing aanbod in beheer over HTTP, as a browser posts the forms: Dutch field messages, optimistic locking,
 * AANBIEDER proposals and their review, the audit trail, the publication window, and hostile input.
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedactieIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject Redactie redactie;
    @Inject GebruikerRepository gebruikers;
    @Inject KernRepository kernen;
    @Inject ThemaRepository themas;
    @Inject VoorzieningWeergaveReader weergaven;
    @Inject ZichtbaarheidsBewaking bewaking;
    @Inject DataSource dataSource;
    @Inject Geocoder geocoder;

    private DataSource pool() {
        return DelegatingDataSource.unwrapDataSource(dataSource);
    }

    private String redacteur;
    private String aanbieder;
    private UUID eigenAanbieder;

    @BeforeAll
    void inloggen() {
        redacteur = Inloggen.als(client(), DemoGebruikers.REDACTEUR);
        aanbieder = Inloggen.als(client(), DemoGebruikers.AANBIEDER);
        eigenAanbieder = gebruikers.findByEmail(DemoGebruikers.AANBIEDER).orElseThrow().aanbiederId();
    }

    @Test
    void wrongFieldsGet422WithDutchMessagesNextToTheFieldsAndTheTypedValuesKept() {
        Map<String, String> form = geldig("Spreekuur Foutje " + uniek());
        form.put("naam", "");
        form.put("telefoon", "bel me maar");
        form.put("email", "geen-adres");
        form.put("website", "javascript:alert(1)");
        form.put("periode_0_dag", "2");
        form.put("periode_0_opent", "12:00");
        form.put("periode_0_sluit", "09:00");
        form.put("periode_1_dag", "3");
        form.put("periode_1_opent", "09:00");
        form.put("periode_1_sluit", "12:00");
        form.put("periode_2_dag", "3");
        form.put("periode_2_opent", "11:00");
        form.put("periode_2_sluit", "13:00");
        form.put("periode_1_locatie", form.get("periode_0_locatie"));
        form.put("periode_2_locatie", form.get("periode_0_locatie"));

        HttpResponse<String> antwoord = post("/beheer/voorzieningen", form, redacteur);

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, antwoord.getStatus());
        String html = antwoord.body();
        assertTrue(html.contains("Vul een naam in."), html);
        assertTrue(html.contains("Vul een Nederlands telefoonnummer in"), html);
        assertTrue(html.contains("Vul een geldig e-mailadres in."));
        assertTrue(html.contains("Een website begint met https://"));
        assertTrue(html.contains("De sluitingstijd moet na de openingstijd liggen."));
        assertTrue(html.contains("Deze tijden overlappen met een andere periode op woensdag"));
        assertTrue(html.contains("value=\"bel me maar\""), "getypte waarde blijft staan");
        assertTrue(html.contains("id=\"telefoon-fout\""), "melding bij het veld");
    }

    @Test
    void secondSaveWithAStaleVersionIsRefusedAndShowsTheOtherPersonsValues() {
        UUID id = maak("Koffie-ochtend Conflict " + uniek());
        Redactie.Stand stand = redactie.lees(id).orElseThrow();
        Map<String, String> eerste = formVan(stand);
        eerste.put("naam", "Koffie-ochtend van Anna " + uniek());
        Map<String, String> tweede = formVan(stand);
        tweede.put("naam", "Koffie-ochtend van Bert " + uniek());

        assertEquals(HttpStatus.SEE_OTHER, post("/beheer/voorzieningen/" + id, eerste, redacteur).getStatus());
        HttpResponse<String> conflict = post("/beheer/voorzieningen/" + id, tweede, redacteur);

        assertEquals(HttpStatus.CONFLICT, conflict.getStatus());
        assertTrue(conflict.body().contains("Iemand anders heeft deze voorziening intussen gewijzigd"));
        assertTrue(conflict.body().contains(eerste.get("naam")), "de waarde van de ander");
        assertTrue(conflict.body().contains(tweede.get("naam")), "de eigen waarde");
        assertEquals(eerste.get("naam"), redactie.lees(id).orElseThrow().voorziening().naam(), "niets overschreven");
    }

    @Test
    void aanbiederMayNotOpenOrSaveAnotherAanbiedersVoorziening() {
        UUID vreemd = maak("Andermans Aanbod " + uniek(), anderAanbieder());
        Map<String, String> form = formVan(redactie.lees(vreemd).orElseThrow());
        form.put("naam", "Gekaapt");

        assertEquals(HttpStatus.NOT_FOUND, get("/beheer/voorzieningen/" + vreemd, aanbieder).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, post("/beheer/voorzieningen/" + vreemd, form, aanbieder).getStatus());
        assertFalse(get("/beheer/voorzieningen", aanbieder).body().contains("Andermans Aanbod"));
        assertEquals(HttpStatus.FORBIDDEN, get("/beheer/beoordelen", aanbieder).getStatus());
        assertTrue(redactie.lees(vreemd).orElseThrow().voorziening().naam().startsWith("Andermans Aanbod"));
    }

    @Test
    void aanbiedersChangeWaitsForReviewWhileThePublishedVersionStaysLiveThenApprovalPublishesIt() {
        String oud = "Voorleesuur Oud " + uniek();
        UUID id = maak(oud, eigenAanbieder);
        Map<String, String> form = formVan(redactie.lees(id).orElseThrow());
        String nieuw = "Voorleesuur Nieuw " + uniek();
        form.put("naam", nieuw);
        form.put("status", "GEARCHIVEERD"); // an aanbieder cannot choose the status

        HttpResponse<String> ingediend = post("/beheer/voorzieningen/" + id, form, aanbieder);

        assertEquals(HttpStatus.SEE_OTHER, ingediend.getStatus());
        assertEquals(oud, weergaven.lees(id).orElseThrow().naam(), "de gepubliceerde versie blijft");
        assertEquals(Status.GEPUBLICEERD, weergaven.lees(id).orElseThrow().status());
        String lijst = get("/beheer/beoordelen", redacteur).body();
        assertTrue(lijst.contains(oud), lijst);
        UUID voorstel = redactie.openVoorstellen().stream().filter(w -> w.voorzieningId().equals(id)).findFirst()
                .orElseThrow().id();
        String vergelijking = get("/beheer/beoordelen/" + voorstel, redacteur).body();
        assertTrue(vergelijking.contains(oud) && vergelijking.contains(nieuw) && vergelijking.contains("(gewijzigd)"));

        assertEquals(HttpStatus.SEE_OTHER, post("/beheer/beoordelen/" + voorstel + "/goedkeuren", Map.of(), redacteur).getStatus());

        assertEquals(nieuw, weergaven.lees(id).orElseThrow().naam());
        assertEquals(Status.GEPUBLICEERD, weergaven.lees(id).orElseThrow().status());
        wacht("goedgekeurde naam vindbaar", () -> treffers(nieuw).contains(id.toString()));
    }

    @Test
    void rejectingNeedsAReasonAndLeavesThePublishedVersion() {
        UUID id = maak("Taalcafé Afwijzing " + uniek(), eigenAanbieder);
        Map<String, String> form = formVan(redactie.lees(id).orElseThrow());
        form.put("korteOmschrijving", "Voorstel dat niet doorgaat");
        post("/beheer/voorzieningen/" + id, form, aanbieder);
        UUID voorstel = redactie.voorstellenVan(id).getFirst().id();

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, post("/beheer/beoordelen/" + voorstel + "/afwijzen",
                Map.of("reden", " "), redacteur).getStatus());
        assertEquals(HttpStatus.SEE_OTHER, post("/beheer/beoordelen/" + voorstel + "/afwijzen",
                Map.of("reden", "Dit klopt niet met de website."), redacteur).getStatus());

        assertEquals("AFGEWEZEN", redactie.voorstel(voorstel).orElseThrow().status());
        assertFalse(weergaven.lees(id).orElseThrow().korteOmschrijving().contains("niet doorgaat"));
    }

    @Test
    void historyShowsWhoChangedWhatBeforeAndAfter() {
        UUID id = maak("Beweegmaatje Historie " + uniek());
        Map<String, String> form = formVan(redactie.lees(id).orElseThrow());
        form.put("telefoon", "026 - 765 43 21");
        post("/beheer/voorzieningen/" + id, form, redacteur);

        String html = get("/beheer/voorzieningen/" + id + "/historie", redacteur).body();

        assertTrue(html.contains("Ruud Redacteur"), html);
        assertTrue(html.contains("026 - 765 43 21"));
        assertTrue(html.contains("026 - 123 45 67"), "de waarde ervoor");
        assertTrue(html.contains("voorziening_kern INSERT"), "ook koppelingen");
        try (Connection c = pool().getConnection();
             PreparedStatement s = c.prepareStatement("update voorziening set kosten_toelichting = 'los' where id = ?")) {
            s.setObject(1, id);
            s.executeUpdate();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertTrue(get("/beheer/voorzieningen/" + id + "/historie", redacteur).body().contains("systeem"),
                "een wijziging buiten beheer om staat er ook, als 'systeem'");
    }

    @Test
    void aVoorzieningWhoseWindowEndedIsNotFoundAndOneWhoseWindowOpensAppears() throws Exception {
        String naam = "Kerstmarkt Venster " + uniek();
        UUID id = maak(naam);
        wacht("gepubliceerd en vindbaar", () -> treffers(naam).contains(id.toString()));
        Map<String, String> form = formVan(redactie.lees(id).orElseThrow());
        form.put("zichtbaarVanaf", LocalDate.now().minusDays(10).toString());
        form.put("zichtbaarTot", LocalDate.now().minusDays(2).toString());

        assertEquals(HttpStatus.SEE_OTHER, post("/beheer/voorzieningen/" + id, form, redacteur).getStatus());

        wacht("verlopen voorziening uit de zoekresultaten", () -> !treffers(naam).contains(id.toString()));
        assertEquals(HttpStatus.NOT_FOUND, get("/voorziening/" + id + "/x", null).getStatus());
        assertTrue(get("/beheer/voorzieningen?naam=" + naam.replace(" ", "+"), redacteur).body()
                .contains("buiten publicatieperiode"));

        // a window that opens by itself: nothing is edited at that moment, the bewaking sends it to the index
        try (Connection c = pool().getConnection();
             PreparedStatement s = c.prepareStatement("update voorziening set zichtbaar_vanaf = ?, zichtbaar_tot = null where id = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().plus(2, ChronoUnit.SECONDS)));
            s.setObject(2, id);
            s.executeUpdate();
        }
        Thread.sleep(1000);
        assertFalse(treffers(naam).contains(id.toString()), "nog niet zichtbaar");
        Thread.sleep(1500);
        assertTrue(bewaking.meld() >= 1);
        wacht("zichtbaar zodra het venster opengaat", () -> treffers(naam).contains(id.toString()));
    }

    @Test
    void scriptInEveryTextFieldIsOnlyEverShownEscaped() {
        List<String> corpus = List.of("<script>alert('xss')</script>", "\"><img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>", "'><iframe src=javascript:alert(1)>", "<a href=\"javascript:alert(1)\">klik</a>",
                "</textarea><script>alert(2)</script>");
        String merk = "Xss" + uniek();
        for (int i = 0; i < corpus.size(); i++) {
            String payload = corpus.get(i);
            String naam = merk + " " + i;
            Map<String, String> form = geldig(naam + " " + payload);
            form.put("korteOmschrijving", "Kort " + payload);
            form.put("omschrijving", "Lang " + payload);
            form.put("kostenToelichting", payload);
            HttpResponse<String> antwoord = post("/beheer/voorzieningen", form, redacteur);
            assertEquals(HttpStatus.SEE_OTHER, antwoord.getStatus(), payload + ": " + antwoord.body());
            UUID id = UUID.fromString(antwoord.getHeaders().get("Location").replaceAll(".*/voorzieningen/([0-9a-f-]{36}).*", "$1"));
            wacht("vindbaar: " + payload, () -> treffers(naam).contains(id.toString()));
            String detail = get("/voorziening/" + id + "/" + weergaven.lees(id).orElseThrow().slug(), null).body();
            List<String> paginas = List.of(detail, get("/zoeken?q=" + merk, null).body(),
                    get("/beheer/voorzieningen?naam=" + merk, redacteur).body(),
                    get("/beheer/voorzieningen/" + id, redacteur).body(),
                    get("/beheer/voorzieningen/" + id + "/historie", redacteur).body());
            for (String pagina : paginas) {
                assertFalse(pagina.contains(payload), "onge-escapet: " + payload);
                assertFalse(pagina.matches("(?s).*<(script|img|svg|iframe)[^>]*(alert|onerror|onload)[^>]*>.*"), payload);
            }
            assertTrue(detail.contains("Lang "), "de tekst zelf staat er wel");
        }
        Map<String, String> form = geldig(merk + " website");
        form.put("website", "javascript:alert(document.cookie)");
        HttpResponse<String> geweigerd = post("/beheer/voorzieningen", form, redacteur);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, geweigerd.getStatus());
        assertTrue(geweigerd.body().contains("Een website begint met https://"));
    }

    @Test
    void anOversizedFormIsRefusedWithAClearMessage() {
        Map<String, String> form = geldig("Te groot " + uniek());
        form.put("omschrijving", "x".repeat(1_200_000));
        // encoded here, so the request states its length as a browser's form post does
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));

        HttpResponse<String> antwoord = verstuur(HttpRequest.POST("/beheer/voorzieningen", body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Cookie", redacteur));

        assertEquals(HttpStatus.REQUEST_ENTITY_TOO_LARGE, antwoord.getStatus());
        assertTrue(antwoord.body().contains("te groot"), antwoord.body());
    }

    @Test
    void locatieFormPlacesByTheAddressAndRefusesWrongPostcodesAndPointsOutsideTheNetherlands() {
        var demo = weergaven.lees(UUID.fromString(treffers("huiskamer").getFirst())).orElseThrow().locaties().getFirst();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("naam", "Wijkpunt Plaatsing " + uniek());
        form.put("straat", "Onbekendestraat");
        form.put("huisnummer", "1");
        form.put("postcode", "12345");
        form.put("plaats", demo.plaats());
        form.put("kernId", kernen.findAllOrderByNaam().getFirst().id().toString());
        form.put("latitude", "48.8566");
        form.put("longitude", "2.3522");

        HttpResponse<String> fout = post("/beheer/locaties", form, redacteur);

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, fout.getStatus());
        assertTrue(fout.body().contains("Vul een postcode in zoals 6851 AB."), fout.body());
        assertTrue(fout.body().contains("Deze plek ligt niet in Nederland."));
        assertTrue(fout.body().contains("value=\"48.8566\""), "getypte waarde blijft");

        form.put("postcode", demo.postcode());
        form.put("latitude", "");
        form.put("longitude", "");
        // other tests add locaties with this postcode to the shared database: the geocoder says where it lies now
        Punt vanPostcode = geocoder.zoek(demo.postcode()).orElseThrow().punt();
        HttpResponse<String> goed = post("/beheer/locaties", form, redacteur);
        assertEquals(HttpStatus.SEE_OTHER, goed.getStatus(), goed.body());
        String bewerk = get(goed.getHeaders().get("Location"), redacteur).body();
        assertTrue(bewerk.contains("id=\"locatie-kaart\""), "kaart voor het verslepen");
        assertTrue(bewerk.contains("value=\"" + vanPostcode.lat() + "\""), "punt van de postcode: " + vanPostcode);
    }

    @Test
    void aanbiederFormGivesDutchMessagesAndRefusesAStaleVersion() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("naam", "");
        form.put("rol", "PARTNER");
        form.put("website", "javascript:alert(1)");
        form.put("email", "niet-goed");
        HttpResponse<String> fout = post("/beheer/aanbieders", form, redacteur);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, fout.getStatus());
        assertTrue(fout.body().contains("Vul een naam in.") && fout.body().contains("Een website begint met https://"));

        String naam = "Stichting Versie " + uniek();
        form.put("naam", naam);
        form.put("website", "https://example.nl");
        form.put("email", "info@example.nl");
        assertEquals(HttpStatus.SEE_OTHER, post("/beheer/aanbieders", form, redacteur).getStatus());
        String pad = "/beheer/aanbieders/" + get("/beheer/aanbieders", redacteur).body()
                .replaceAll("(?s).*href=\"/beheer/aanbieders/([0-9a-f-]{36})\">" + naam + "<.*", "$1");
        form.put("version", "0");
        form.put("telefoon", "0481 - 12 34 56");
        assertEquals(HttpStatus.SEE_OTHER, post(pad, form, redacteur).getStatus());
        form.put("telefoon", "0481 - 65 43 21");
        HttpResponse<String> conflict = post(pad, form, redacteur);
        assertEquals(HttpStatus.CONFLICT, conflict.getStatus());
        assertTrue(conflict.body().contains("0481 - 12 34 56") && conflict.body().contains("0481 - 65 43 21"));
    }

    // --- helpers

    private UUID maak(String naam) {
        return maak(naam, eigenAanbieder);
    }

    private UUID maak(String naam, UUID aanbiederId) {
        Map<String, String> form = geldig(naam);
        form.put("aanbiederId", aanbiederId.toString());
        HttpResponse<String> antwoord = post("/beheer/voorzieningen", form, redacteur);
        assertEquals(HttpStatus.SEE_OTHER, antwoord.getStatus(), antwoord.body());
        return UUID.fromString(antwoord.getHeaders().get("Location").replaceAll(".*/voorzieningen/([0-9a-f-]{36}).*", "$1"));
    }

    private UUID anderAanbieder() {
        return redactie.lees(UUID.fromString(treffers("huiskamer").getFirst())).orElseThrow().voorziening().aanbiederId();
    }

    /** A complete, valid, published voorziening form with one locatie (of a demo voorziening) and a period. */
    private Map<String, String> geldig(String naam) {
        String kern = kernen.findAllOrderByNaam().getFirst().id().toString();
        String thema = themas.findByCode("ontmoeting").orElseThrow().id().toString();
        String locatie = weergaven.lees(UUID.fromString(treffers("huiskamer").getFirst())).orElseThrow()
                .locaties().getFirst().id().toString();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("aanbiederId", eigenAanbieder.toString());
        form.put("naam", naam);
        form.put("korteOmschrijving", "Samen iets doen in de buurt.");
        form.put("omschrijving", "Iedereen is welkom; u hoeft zich niet aan te melden.");
        form.put("soort", "ALGEMEEN");
        form.put("toegang", "VRIJ_TOEGANKELIJK");
        form.put("kosten", "GRATIS");
        form.put("telefoon", "026 - 123 45 67");
        form.put("email", "info@example.nl");
        form.put("website", "https://example.nl");
        form.put("status", "GEPUBLICEERD");
        form.put("thema_" + thema, "on");
        form.put("kern_" + kern, "on");
        form.put("locatie_" + locatie, "on");
        form.put("periode_0_locatie", locatie);
        form.put("periode_0_dag", "1");
        form.put("periode_0_opent", "09:00");
        form.put("periode_0_sluit", "12:00");
        return form;
    }

    private static Map<String, String> formVan(Redactie.Stand stand) {
        VoorzieningInvoer i = stand.invoer();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(stand.voorziening().version()));
        zet(form, "aanbiederId", i.aanbiederId());
        zet(form, "naam", i.naam());
        zet(form, "korteOmschrijving", i.korteOmschrijving());
        zet(form, "omschrijving", i.omschrijving());
        zet(form, "soort", i.soort());
        zet(form, "toegang", i.toegang());
        zet(form, "kosten", i.kosten());
        zet(form, "kostenToelichting", i.kostenToelichting());
        zet(form, "telefoon", i.telefoon());
        zet(form, "email", i.email());
        zet(form, "website", i.website());
        zet(form, "status", i.status());
        zet(form, "zichtbaarVanaf", i.zichtbaarVanaf());
        zet(form, "zichtbaarTot", i.zichtbaarTot());
        i.themaIds().forEach(t -> form.put("thema_" + t, "on"));
        i.doelgroepIds().forEach(t -> form.put("doelgroep_" + t, "on"));
        i.kernIds().forEach(t -> form.put("kern_" + t, "on"));
        i.locatieIds().forEach(t -> form.put("locatie_" + t, "on"));
        for (int n = 0; n < i.openingstijden().size(); n++) {
            VoorzieningInvoer.Periode p = i.openingstijden().get(n);
            form.put("periode_" + n + "_locatie", p.locatieId());
            form.put("periode_" + n + "_dag", p.weekdag());
            form.put("periode_" + n + "_opent", p.opent());
            form.put("periode_" + n + "_sluit", p.sluit());
        }
        return form;
    }

    private static void zet(Map<String, String> form, String veld, String waarde) {
        form.put(veld, waarde == null ? "" : waarde);
    }

    /** The ids /api/v1/zoeken finds for a text. */
    List<String> treffers(String q) {
        JsonNode antwoord = client().retrieve(HttpRequest.GET("/api/v1/zoeken?per_pagina=50&q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)), JsonNode.class);
        List<String> ids = new java.util.ArrayList<>();
        antwoord.get("resultaten").values().forEach(t -> ids.add(t.get("id").getStringValue()));
        return ids;
    }

    static void wacht(String wat, BooleanSupplier voorwaarde) {
        long einde = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < einde) {
            if (voorwaarde.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail("niet binnen 10 s: " + wat);
    }

    private static String uniek() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private HttpResponse<String> get(String pad, String cookie) {
        MutableHttpRequest<Object> verzoek = HttpRequest.GET(pad);
        if (cookie != null) {
            verzoek.accept(MediaType.TEXT_HTML_TYPE).header("Cookie", cookie);
        }
        return verstuur(verzoek);
    }

    private HttpResponse<String> post(String pad, Map<String, String> form, String cookie) {
        return verstuur(HttpRequest.POST(pad, (Object) form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Cookie", cookie));
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
}
