package nl.socialekaart.portal.beheer.referentie;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.gebruiker.GebruikerRepository;
import nl.socialekaart.directory.kern.GebiedRepository;
import nl.socialekaart.directory.kern.Kern;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.taxonomie.ThemaRepository;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.portal.beheer.Inloggen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kernen, gebieden, thema's and accounts through the beheer forms: Dutch messages, kept values, stale saves. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferentieGegevensIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject KernRepository kernen;
    @Inject GebiedRepository gebieden;
    @Inject ThemaRepository themas;
    @Inject GebruikerRepository gebruikerRepository;

    private String beheerder;
    /** The test stack's database outlives one run: accounts unique to this run. */
    private final String uniek = Long.toString(System.nanoTime(), 36);
    private UUID huissenGebied;
    private UUID lingewaard;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    @BeforeAll
    void inloggen() {
        beheerder = Inloggen.als(client(), DemoGebruikers.BEHEERDER);
        var huissen = java.util.stream.StreamSupport.stream(gebieden.findAll().spliterator(), false)
                .filter(g -> g.naam().equals("Huissen")).findFirst().orElseThrow();
        huissenGebied = huissen.id();
        lingewaard = huissen.gemeenteId();
    }

    @AfterAll
    void opruimen() {
        kernen.findBySlug("test-kern-referentie").ifPresent(kernen::delete);
        themas.findByCode("test-thema-referentie").ifPresent(themas::delete);
    }

    @Test
    void kernOutsideTheNetherlandsIsRefusedWithDutchMessageAndValuesKept() {
        HttpResponse<String> antwoord = post("/beheer/kernen/nieuw", Map.of("naam", "Parijs", "slug", "",
                "latitude", "48,8566", "longitude", "2.3522", "gebiedId", huissenGebied.toString()));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, antwoord.getStatus());
        assertTrue(antwoord.body().contains("Deze plek ligt niet in Nederland."), antwoord.body());
        assertTrue(antwoord.body().contains("value=\"Parijs\""), "naam blijft staan");
        assertTrue(antwoord.body().contains("value=\"48,8566\""), "breedtegraad blijft staan");
        assertTrue(antwoord.body().contains("aria-invalid=\"true\""));
        assertTrue(kernen.findBySlug("parijs").isEmpty(), "niets opgeslagen");
    }

    @Test
    void kernWithoutNameOrWithTakenSlugIsRefused() {
        HttpResponse<String> leeg = post("/beheer/kernen/nieuw", Map.of("naam", "", "slug", "", "latitude", "",
                "longitude", "5.9", "gebiedId", ""));
        HttpResponse<String> dubbel = post("/beheer/kernen/nieuw", Map.of("naam", "Gendt-Noord", "slug", "gendt",
                "latitude", "51.88", "longitude", "5.97", "gebiedId", huissenGebied.toString()));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, leeg.getStatus());
        assertTrue(leeg.body().contains("Vul een naam in."));
        assertTrue(leeg.body().contains("Vul de breedtegraad in."));
        assertTrue(leeg.body().contains("Kies het gebied."));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, dubbel.getStatus());
        assertTrue(dubbel.body().contains("Deze slug is al in gebruik door de kern Gendt."), dubbel.body());
    }

    @Test
    void kernIsCreatedThenAStaleSaveIsRefused() {
        HttpResponse<String> nieuw = post("/beheer/kernen/nieuw", Map.of("naam", "Test Kern Referentie", "slug", "",
                "latitude", "51,93", "longitude", "5,95", "gebiedId", huissenGebied.toString()));
        assertEquals(HttpStatus.SEE_OTHER, nieuw.getStatus(), nieuw.body());
        Kern kern = kernen.findBySlug("test-kern-referentie").orElseThrow();
        assertEquals(51.93, kern.latitude());

        String formulier = get("/beheer/kernen/" + kern.id()).body();
        String versie = versie(formulier);
        Map<String, String> wijziging = new HashMap<>(Map.of("naam", "Test Kern Referentie", "slug", "test-kern-referentie",
                "latitude", "51.94", "longitude", "5.95", "gebiedId", huissenGebied.toString(), "version", versie));
        assertEquals(HttpStatus.SEE_OTHER, post("/beheer/kernen/" + kern.id(), wijziging).getStatus());

        // a second person saves from the same, now out-of-date form
        wijziging.put("latitude", "51.99");
        HttpResponse<String> verouderd = post("/beheer/kernen/" + kern.id(), wijziging);
        assertEquals(HttpStatus.CONFLICT, verouderd.getStatus());
        assertTrue(verouderd.body().contains("Iemand anders heeft dit intussen gewijzigd."), verouderd.body());
        assertEquals(51.94, kernen.findBySlug("test-kern-referentie").orElseThrow().latitude(), "eerste wijziging blijft");
    }

    @Test
    void gebiedPhoneAndEmailAreChecked() {
        UUID id = huissenGebied;
        String versie = versie(get("/beheer/kernen/gebieden/" + id).body());
        HttpResponse<String> antwoord = post("/beheer/kernen/gebieden/" + id, Map.of("naam", "Huissen",
                "gemeenteId", lingewaard.toString(),
                "sociaalTeamTelefoon", "bel ons", "sociaalTeamEmail", "geen-adres", "version", versie));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, antwoord.getStatus(), antwoord.body());
        assertTrue(antwoord.body().contains("Vul een Nederlands telefoonnummer in"));
        assertTrue(antwoord.body().contains("Vul een geldig e-mailadres in."));
        assertTrue(antwoord.body().contains("value=\"bel ons\""));
        assertEquals("026 - 395 87 22", gebieden.findById(id).orElseThrow().sociaalTeamTelefoon());
    }

    @Test
    void themaWithTakenCodeIsRefusedNewOneIsListed() {
        HttpResponse<String> dubbel = post("/beheer/taxonomie/themas/nieuw", Map.of("naam", "Mantelzorg 2",
                "code", "mantelzorg", "omschrijving", "", "volgorde", "20"));
        HttpResponse<String> nieuw = post("/beheer/taxonomie/themas/nieuw", Map.of("naam", "Test thema referentie",
                "code", "", "omschrijving", "Alleen voor de test", "volgorde", "99"));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, dubbel.getStatus());
        assertTrue(dubbel.body().contains("Deze code is al in gebruik."));
        assertEquals(HttpStatus.SEE_OTHER, nieuw.getStatus(), nieuw.body());
        assertTrue(get("/beheer/taxonomie").body().contains("test-thema-referentie"));
    }

    @Test
    void accountLifecycleCreateResetPasswordDeactivate() {
        HttpResponse<String> zonderAanbieder = post("/beheer/gebruikers/nieuw", Map.of("naam", "Anna Aanbieder",
                "email", "anna@test.example", "rol", "AANBIEDER", "aanbiederId", "", "gebiedId", ""));
        HttpResponse<String> dubbel = post("/beheer/gebruikers/nieuw", Map.of("naam", "Nog een",
                "email", DemoGebruikers.REDACTEUR.toUpperCase(), "rol", "REDACTEUR", "aanbiederId", "", "gebiedId", ""));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, zonderAanbieder.getStatus());
        assertTrue(zonderAanbieder.body().contains("Kies de aanbieder van dit account."));
        assertTrue(zonderAanbieder.body().contains("value=\"anna@test.example\""));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, dubbel.getStatus());
        assertTrue(dubbel.body().contains("Er is al een account met dit e-mailadres."), dubbel.body());

        String piet = "piet-" + uniek + "@test.example";
        HttpResponse<String> gemaakt = post("/beheer/gebruikers/nieuw", Map.of("naam", "Piet Professional",
                "email", piet, "rol", "PROFESSIONAL", "aanbiederId", "",
                "gebiedId", huissenGebied.toString()));
        assertEquals(HttpStatus.OK, gemaakt.getStatus(), gemaakt.body());
        String wachtwoord = wachtwoord(gemaakt.body());
        assertEquals(HttpStatus.SEE_OTHER, Inloggen.post(client(), piet, wachtwoord).getStatus());

        UUID id = gebruikerRepository.findByEmail(piet).orElseThrow().id();
        Long versie = gebruikerRepository.findById(id).orElseThrow().version();
        String nieuw = wachtwoord(post("/beheer/gebruikers/" + id + "/wachtwoord", Map.of("version", "" + versie)).body());
        assertEquals(HttpStatus.UNAUTHORIZED, Inloggen.post(client(), piet, wachtwoord).getStatus());
        assertEquals(HttpStatus.SEE_OTHER, Inloggen.post(client(), piet, nieuw).getStatus());

        // deactivating from a list shown before the password reset is a stale save
        assertEquals(HttpStatus.CONFLICT, post("/beheer/gebruikers/" + id + "/deactiveren", Map.of("version", "" + versie)).getStatus());
        Long actueel = gebruikerRepository.findById(id).orElseThrow().version();
        assertEquals(HttpStatus.OK, post("/beheer/gebruikers/" + id + "/deactiveren", Map.of("version", "" + actueel)).getStatus());
        assertFalse(gebruikerRepository.findById(id).orElseThrow().actief());
        assertEquals(HttpStatus.UNAUTHORIZED, Inloggen.post(client(), piet, nieuw).getStatus());
    }

    @Test
    void redacteurMayNotManageReferenceData() {
        String redacteur = Inloggen.als(client(), DemoGebruikers.REDACTEUR);
        for (String pad : new String[]{"/beheer/kernen", "/beheer/taxonomie", "/beheer/gebruikers"}) {
            assertEquals(HttpStatus.FORBIDDEN, verstuur(HttpRequest.GET(pad).header("Cookie", redacteur)).getStatus(), pad);
        }
    }

    private static String versie(String html) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertTrue(m.find(), "versie in formulier");
        return m.group(1);
    }

    private static String wachtwoord(String html) {
        Matcher m = Pattern.compile("id=\"nieuw-wachtwoord\" class=\"wachtwoord\">([A-Za-z0-9]{16})<").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    private HttpResponse<String> get(String pad) {
        return verstuur(HttpRequest.GET(pad).header("Cookie", beheerder));
    }

    private HttpResponse<String> post(String pad, Map<String, String> velden) {
        return verstuur(HttpRequest.POST(pad, velden).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Cookie", beheerder));
    }

    private HttpResponse<String> verstuur(io.micronaut.http.MutableHttpRequest<?> verzoek) {
        try {
            return client().exchange(verzoek, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> antwoord = (HttpResponse<String>) e.getResponse();
            return antwoord;
        }
    }
}
