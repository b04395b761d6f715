package nl.socialekaart.portal.web.fout;

import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.directory.gebruiker.GebruikerRepository;
import nl.socialekaart.portal.beheer.Inloggen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A route that refuses a request (unknown id, someone else's entry, the wrong role) answers its 4xx at once,
 * whatever the size of the form body, and the server keeps its memory. A real edit form is several KB; such a
 * body sent to another aanbieder's voorziening once made the server read it over and over until its heap was
 * full, after which no request at all was answered (issue 18).
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrootFormulierIT implements MetEmbeddedStack {

    /** Far above any answer of a route that refuses; well below "the request never ends". */
    private static final Duration GEDULD = Duration.ofSeconds(3);

    @Inject EmbeddedServer server;
    @Inject @Client("/") HttpClient micronaut;
    @Inject VoorzieningWeergaveReader weergaven;
    @Inject GebruikerRepository gebruikers;

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER).connectTimeout(GEDULD).build();
    private final Map<String, String> sessies = new LinkedHashMap<>();
    private String vreemdeVoorziening;

    @BeforeAll
    void inloggen() {
        BlockingHttpClient client = micronaut.toBlocking();
        sessies.put("anoniem", null);
        for (String email : List.of(DemoGebruikers.BEHEERDER, DemoGebruikers.REDACTEUR, DemoGebruikers.AANBIEDER,
                DemoGebruikers.PROFESSIONAL)) {
            sessies.put(email, Inloggen.als(client, email));
        }
        UUID eigen = gebruikers.findByEmail(DemoGebruikers.AANBIEDER).orElseThrow().aanbiederId();
        List<VoorzieningWeergave> alle = new ArrayList<>();
        weergaven.leesAlleGepubliceerde(alle::add);
        vreemdeVoorziening = alle.stream().filter(v -> !Objects.equals(v.aanbieder().id(), eigen))
                .map(VoorzieningWeergave::id).findFirst().orElseThrow().toString();
    }

    @Test
    void refusedAndUnknownIdsAnswerTheir4xxAtOnceWhateverTheBodyAndTheHeapStaysTheSame() throws Exception {
        String onbekend = UUID.randomUUID().toString();
        List<String> paden = List.of(
                "/beheer/voorzieningen/" + vreemdeVoorziening,
                "/beheer/voorzieningen/" + onbekend,
                "/beheer/voorzieningen/niet-een-id",
                "/beheer/voorzieningen/" + vreemdeVoorziening + "/professioneel",
                "/beheer/aanbieders/" + onbekend,
                "/beheer/locaties/" + onbekend,
                "/beheer/beoordelen/" + onbekend + "/goedkeuren",
                "/beheer/beoordelen/" + onbekend + "/afwijzen",
                "/beheer/import/" + onbekend + "/uitvoeren",
                "/beheer/meldingen/" + onbekend + "/afgehandeld",
                "/beheer/actualiteit/" + onbekend + "/nog-actueel",
                "/beheer/verwijzingen/" + onbekend + "/reactie",
                "/beheer/kernen/" + onbekend,
                "/beheer/taxonomie/themas/" + onbekend,
                "/beheer/gebruikers/" + onbekend + "/wachtwoord",
                "/professional/verwijzingen/" + onbekend + "/aanvulling",
                "/voorziening/" + onbekend + "/onbekend/melding");
        String body = formulier(10_000);
        MemoryMXBean geheugen = ManagementFactory.getMemoryMXBean();
        System.gc();
        long voor = geheugen.getHeapMemoryUsage().getUsed();

        List<String> fouten = new ArrayList<>();
        // the first pass also warms up the pages; the second is timed
        verstuurAlles(paden, body, Duration.ofSeconds(3), fouten);
        verstuurAlles(paden, body, Duration.ofSeconds(1), fouten);
        assertTrue(fouten.isEmpty(), String.join("\n", fouten));

        System.gc();
        long na = geheugen.getHeapMemoryUsage().getUsed();
        assertTrue(na - voor < 100L * 1024 * 1024, "heap grew from " + voor / 1_048_576 + " MB to " + na / 1_048_576 + " MB");
        assertEquals(200, get("/").statusCode(), "the server still answers");
    }

    private void verstuurAlles(List<String> paden, String body, Duration snel, List<String> fouten) throws Exception {
        for (Map.Entry<String, String> sessie : sessies.entrySet()) {
            for (String pad : paden) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> antwoord = post(pad, body, sessie.getValue());
                    Duration duur = Duration.ofNanos(System.nanoTime() - start);
                    if (antwoord.statusCode() < 300 || antwoord.statusCode() >= 500) {
                        fouten.add(sessie.getKey() + " " + pad + " -> " + antwoord.statusCode());
                    } else if (duur.compareTo(snel) > 0) {
                        fouten.add(sessie.getKey() + " " + pad + " took " + duur.toMillis() + " ms");
                    }
                } catch (HttpTimeoutException e) {
                    // a server stuck on one body answers nothing after it: no use trying the rest
                    fail(sessie.getKey() + " " + pad + " gave no answer within " + GEDULD.toSeconds() + " s");
                }
            }
        }
    }

    /** A form as a real edit sends it: many fields, one long text. */
    private static String formulier(int lengte) {
        StringBuilder form = new StringBuilder("version=1&naam=Gekaapt&korte_omschrijving=kort&omschrijving=");
        form.append("x".repeat(lengte));
        for (int i = 0; i < 20; i++) {
            form.append("&periode_").append(i).append("_dag=").append(i % 7 + 1);
        }
        return form.toString();
    }

    private HttpResponse<String> post(String pad, String body, String cookie) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(server.getURL() + pad)).timeout(GEDULD)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            verzoek.header("Cookie", cookie);
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String pad) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + pad)).timeout(GEDULD).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
