package nl.socialekaart.portal.beheer.meldingen;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.melding.Melding;
import nl.socialekaart.directory.melding.MeldingRepository;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;
import nl.socialekaart.portal.beheer.Inloggen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /beheer/meldingen: residents' reports, linked to their entry, marked handled, stale clicks refused. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeldingenWachtrijIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject MeldingRepository meldingen;
    @Inject VoorzieningRepository voorzieningen;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    @Test
    void redacteurSeesAnOpenMeldingWithItsEntryAndMarksItHandled() {
        Voorziening voorziening = StreamSupport.stream(voorzieningen.findAll().spliterator(), false)
                .filter(v -> v.slug().equals("huiskamer-huissen")).findFirst().orElseThrow();
        String uniek = "Het telefoonnummer klopt niet meer " + System.nanoTime();
        Melding melding = meldingen.save(Melding.nieuw(voorziening.id(), uniek, "inwoner@example.nl"));
        String cookie = Inloggen.als(client(), DemoGebruikers.REDACTEUR);

        String open = verstuur(HttpRequest.GET("/beheer/meldingen").header("Cookie", cookie)).body();
        assertTrue(open.contains(uniek), "toelichting in de wachtrij");
        assertTrue(open.contains("href=\"/voorziening/" + voorziening.id() + "/huiskamer-huissen\""), "link naar de voorziening");
        assertTrue(open.contains("Niet afgehandeld"));

        HttpResponse<String> klaar = post("/beheer/meldingen/" + melding.id() + "/afgehandeld", melding.version(), cookie);
        assertEquals(HttpStatus.SEE_OTHER, klaar.getStatus());
        Melding opgeslagen = meldingen.findById(melding.id()).orElseThrow();
        assertNotNull(opgeslagen.afgehandeldOp());
        assertEquals("Ruud Redacteur", opgeslagen.afgehandeldDoor());
        assertFalse(verstuur(HttpRequest.GET("/beheer/meldingen").header("Cookie", cookie)).body().contains(uniek),
                "niet meer bij de open meldingen");
        String afgehandeld = verstuur(HttpRequest.GET("/beheer/meldingen?toon=afgehandeld").header("Cookie", cookie)).body();
        assertTrue(afgehandeld.contains(uniek));
        assertTrue(afgehandeld.contains("Afgehandeld door Ruud Redacteur"));

        // a second redacteur clicks on the list they loaded before: refused, nothing changes
        HttpResponse<String> verouderd = post("/beheer/meldingen/" + melding.id() + "/heropenen", melding.version(), cookie);
        assertEquals(HttpStatus.CONFLICT, verouderd.getStatus());
        assertTrue(verouderd.body().contains("Iemand anders heeft deze melding intussen behandeld."));
        assertTrue(meldingen.findById(melding.id()).orElseThrow().afgehandeld());

        assertEquals(HttpStatus.SEE_OTHER,
                post("/beheer/meldingen/" + melding.id() + "/heropenen", opgeslagen.version(), cookie).getStatus());
        assertFalse(meldingen.findById(melding.id()).orElseThrow().afgehandeld());
    }

    @Test
    void aanbiederMayNotSeeTheQueue() {
        String cookie = Inloggen.als(client(), DemoGebruikers.AANBIEDER);
        assertEquals(HttpStatus.FORBIDDEN, verstuur(HttpRequest.GET("/beheer/meldingen").header("Cookie", cookie)).getStatus());
    }

    private HttpResponse<String> post(String pad, Long versie, String cookie) {
        return verstuur(HttpRequest.POST(pad, Map.of("version", String.valueOf(versie)))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Cookie", cookie));
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
