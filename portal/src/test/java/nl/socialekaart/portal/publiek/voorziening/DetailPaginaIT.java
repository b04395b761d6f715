package nl.socialekaart.portal.publiek.voorziening;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.locatie.OpeningstijdUitzondering;
import nl.socialekaart.directory.locatie.OpeningstijdUitzonderingRepository;
import nl.socialekaart.directory.melding.Melding;
import nl.socialekaart.directory.melding.MeldingRepository;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The detail page and its "Klopt er iets niet?" form, end to end on the demo data. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetailPaginaIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject MeldingRepository meldingen;
    @Inject OpeningstijdUitzonderingRepository uitzonderingen;
    @Inject JsonMapper jsonMapper;
    @Inject nl.socialekaart.directory.weergave.VoorzieningWeergaveReader reader;

    private String url;
    private UUID id;

    @BeforeAll
    void eenVoorzieningMetOpeningstijden() {
        JsonNode antwoord = client().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer&per_pagina=50"), JsonNode.class);
        for (JsonNode treffer : antwoord.get("resultaten").values()) {
            var weergave = reader.lees(UUID.fromString(treffer.get("id").getStringValue())).orElseThrow();
            if (!weergave.locaties().isEmpty() && !weergave.locaties().getFirst().openingstijden().isEmpty()) {
                url = treffer.get("url").getStringValue();
                id = UUID.fromString(treffer.get("id").getStringValue());
                return;
            }
        }
        throw new AssertionError("geen huiskamer met openingstijden in de demodata");
    }

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    @Test
    void detailPageSaysWhatItIsHowToGetInAndHowToGetThere() throws Exception {
        String html = client().retrieve(HttpRequest.GET(url), String.class);

        assertTrue(html.contains("Wat is het?"));
        assertTrue(html.contains("class=\"toegang\""), "toegang in woorden");
        assertTrue(html.matches("(?s).*class=\"openingsstatus (open|gesloten)\">(Nu open, tot \\d{1,2}:\\d\\d|Gesloten.*?)</p>.*"),
                "nu open of gesloten");
        assertTrue(html.contains("href=\"https://www.openstreetmap.org/directions?route="), "routelink");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"http://localhost:8080" + url + "\">"), "canonical");
        assertTrue(html.contains("name=\"description\""));
        assertTrue(html.contains("Klopt er iets niet?"));
        assertTrue(html.contains("name=\"token\""), "tijdtoken in het formulier");

        Matcher jsonLd = Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>").matcher(html);
        assertTrue(jsonLd.find(), "JSON-LD");
        JsonNode ld = jsonMapper.readValue(jsonLd.group(1), JsonNode.class);
        assertEquals("https://schema.org", ld.get("@context").getStringValue());
        assertEquals("Service", ld.get("@type").getStringValue());
        assertEquals("http://localhost:8080" + url, ld.get("url").getStringValue());
        assertEquals("Organization", ld.get("provider").get("@type").getStringValue());
        JsonNode plaats = ld.get("availableChannel").get(0).get("serviceLocation");
        assertEquals("PostalAddress", plaats.get("address").get("@type").getStringValue());
        assertTrue(plaats.get("openingHoursSpecification").size() > 0);
    }

    @Test
    void aTemporaryClosureShowsAsClosedWithTheReasonAndInTheList() {
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        OpeningstijdUitzondering dicht = uitzonderingen.save(new OpeningstijdUitzondering(null, id, null, vandaag,
                vandaag.plusDays(2), null, null, "verbouwing", null));
        try {
            String html = client().retrieve(HttpRequest.GET(url), String.class);
            assertTrue(html.contains("class=\"openingsstatus gesloten\">Gesloten (verbouwing)"), "status met reden");
            assertTrue(html.contains("Let op, andere tijden:"));
            assertTrue(html.matches("(?s).*<li>Gesloten van \\w+ \\d+ \\w+ tot en met \\w+ \\d+ \\w+: verbouwing</li>.*"), "uitzondering in de lijst");
        } finally {
            uitzonderingen.delete(dicht);
        }
    }

    @Test
    void aMeldingWithoutAccountLandsInTheQueue() throws Exception {
        String token = token(client().retrieve(HttpRequest.GET(url), String.class));
        Thread.sleep(3_100);
        String tekst = "Het telefoonnummer is veranderd " + UUID.randomUUID();

        HttpResponse<String> antwoord = post(Map.of("toelichting", tekst, "email", "", "website", "", "token", token));

        assertEquals(HttpStatus.SEE_OTHER, antwoord.status());
        assertEquals(url + "?gemeld=1#melding", antwoord.header("Location"));
        Melding opgeslagen = meldingen.findByAfgehandeldOpIsNullOrderByOntvangenOp().stream()
                .filter(m -> m.toelichting().equals(tekst)).findFirst().orElseThrow();
        assertEquals(id, opgeslagen.voorzieningId());
        assertEquals(null, opgeslagen.contactEmail());
        assertTrue(client().retrieve(HttpRequest.GET(url + "?gemeld=1"), String.class).contains("Bedankt voor uw melding"));
    }

    @Test
    void aFormSentWithinSecondsOrWithoutOurTokenIsRefusedInDutchAndKeepsTheText() {
        String token = token(client().retrieve(HttpRequest.GET(url), String.class));
        String tekst = "Te snel " + UUID.randomUUID();

        HttpClientResponseException teSnel = assertThrows(HttpClientResponseException.class,
                () -> post(Map.of("toelichting", tekst, "token", token)));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, teSnel.getStatus());
        String html = teSnel.getResponse().getBody(String.class).orElse("");
        assertTrue(html.contains("U verstuurde het formulier erg snel"), html);
        assertTrue(html.contains(tekst), "ingevulde tekst blijft staan");

        HttpClientResponseException vervalst = assertThrows(HttpClientResponseException.class,
                () -> post(Map.of("toelichting", tekst, "token", "1700000000000.vervalst")));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, vervalst.getStatus());
        assertTrue(vervalst.getResponse().getBody(String.class).orElse("").contains("Het formulier was verlopen"));

        HttpClientResponseException andereSite = assertThrows(HttpClientResponseException.class,
                () -> client().exchange(HttpRequest.POST(url + "/melding", "toelichting=x&token=" + token)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Origin", "https://kwaadwillend.example"), String.class));
        assertEquals(HttpStatus.FORBIDDEN, andereSite.getStatus());
        assertTrue(meldingen.findByVoorzieningIdOrderByOntvangenOpDesc(id).stream().noneMatch(m -> m.toelichting().equals(tekst)));
    }

    @Test
    void emptyTextAndABadEmailGetMessagesAtTheFieldsInTheReadersLanguage() throws Exception {
        String token = token(client().retrieve(HttpRequest.GET(url), String.class));
        Thread.sleep(3_100);

        HttpClientResponseException fout = assertThrows(HttpClientResponseException.class,
                () -> post(Map.of("toelichting", "  ", "email", "geen-adres", "token", token)));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, fout.getStatus());
        String html = fout.getResponse().getBody(String.class).orElse("");
        assertTrue(html.contains("Schrijf wat er niet klopt."), html);
        assertTrue(html.contains("Dit is geen geldig e-mailadres."));
        assertTrue(html.contains("aria-invalid=\"true\""));
        assertTrue(html.contains("value=\"geen-adres\""));

        HttpClientResponseException engels = assertThrows(HttpClientResponseException.class,
                () -> client().exchange(HttpRequest.POST(url + "/melding", new LinkedHashMap<>(Map.of("toelichting", "  ", "email", "geen-adres", "token", token)))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Accept-Language", "en"), String.class));
        String english = engels.getResponse().getBody(String.class).orElse("");
        assertTrue(english.contains("Write what is wrong.") && english.contains("This is not a valid e-mail address."), english);
        assertFalse(english.contains("Schrijf wat er niet klopt."));
    }

    @Test
    void aBotFillingTheHoneypotIsThankedButNothingIsStored() throws Exception {
        String token = token(client().retrieve(HttpRequest.GET(url), String.class));
        Thread.sleep(3_100);
        String tekst = "Koop nu " + UUID.randomUUID();

        HttpResponse<String> antwoord = post(Map.of("toelichting", tekst, "website", "http://spam.example", "token", token));

        assertEquals(HttpStatus.SEE_OTHER, antwoord.status());
        assertFalse(meldingen.findByVoorzieningIdOrderByOntvangenOpDesc(id).stream().anyMatch(m -> m.toelichting().equals(tekst)));
    }

    private HttpResponse<String> post(Map<String, String> velden) {
        return client().exchange(HttpRequest.POST(url + "/melding", new LinkedHashMap<>(velden))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class);
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "token in de pagina");
        return m.group(1);
    }

}
