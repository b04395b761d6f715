package nl.socialekaart.portal.meting;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The management port as an operator's Prometheus and load balancer see it: metrics and health there, and not on
 * the public port.
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeheerpoortIT implements MetEmbeddedStack {

    private static final int BEHEERPOORT = vrijePoort();

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(MetEmbeddedStack.super.getProperties());
        properties.put("sociale-kaart.beheerpoort", String.valueOf(BEHEERPOORT));
        properties.put("endpoints.prometheus.enabled", "true");
        properties.put("endpoints.health.enabled", "true");
        return properties;
    }

    @Test
    void prometheusOnTheManagementPortShowsTheNamedMetrics() throws Exception {
        double zoekenVoor = som(metrics(), "sociale_kaart_zoeken_seconds_count");
        for (String pad : List.of("/", "/zoeken?q=huiskamer", "/api/v1/zoeken?q=koffie", "/beheer/inloggen",
                "/hsds/services", "/professional/zoeken")) {
            get(server.getPort(), pad);
        }

        String metrics = metrics();

        for (String groep : List.of("publiek", "beheer", "professional", "opendata")) {
            assertTrue(metrics.contains("sociale_kaart_verzoeken_seconds_bucket{groep=\"" + groep + "\""),
                    "histogram of " + groep + " in:\n" + namen(metrics));
        }
        assertTrue(som(metrics, "sociale_kaart_zoeken_seconds_count") >= zoekenVoor + 2, namen(metrics));
        for (String naam : List.of("sociale_kaart_outbox_achterstand", "sociale_kaart_outbox_oudste_open_seconden",
                "sociale_kaart_index_verschil", "sociale_kaart_herindexering_bezig",
                "sociale_kaart_herindexering_procent", "sociale_kaart_import_bezig", "sociale_kaart_import_procent",
                "hikaricp_connections_active", "jvm_memory_used_bytes")) {
            assertTrue(Double.isFinite(som(metrics, naam)), naam + " in:\n" + namen(metrics));
        }
        assertTrue(som(metrics, "sociale_kaart_elasticsearch_gezondheid") >= 0.5, namen(metrics));
    }

    @Test
    void livenessAndReadinessAreSeparateAndReadinessAsksElasticsearch() throws Exception {
        HttpResponse<String> liveness = get(BEHEERPOORT, "/health/liveness");
        HttpResponse<String> readiness = get(BEHEERPOORT, "/health/readiness");

        assertEquals(200, liveness.statusCode(), liveness.body());
        assertEquals(200, readiness.statusCode(), readiness.body());
        assertTrue(readiness.body().contains("\"elasticsearch\""), readiness.body());
        assertTrue(!liveness.body().contains("\"elasticsearch\""), liveness.body());
    }

    @Test
    void thePublicPortHasNoMetricsAndEveryResponseCarriesARequestId() throws Exception {
        assertEquals(404, get(server.getPort(), "/prometheus").statusCode());
        assertEquals(404, get(BEHEERPOORT, "/zoeken?q=x").statusCode());

        HttpResponse<String> pagina = get(server.getPort(), "/zoeken?q=koffie");
        String id = pagina.headers().firstValue("X-Request-Id").orElse("");
        assertEquals(36, id.length(), "X-Request-Id: " + id);
        assertTrue(!id.equals(get(server.getPort(), "/zoeken?q=koffie").headers().firstValue("X-Request-Id").orElse("")));
    }

    private String metrics() throws IOException, InterruptedException {
        HttpResponse<String> antwoord = get(BEHEERPOORT, "/prometheus");
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        return antwoord.body();
    }

    /** The sum of every sample of one metric (all label sets); NaN when it is absent. */
    private static double som(String metrics, String naam) {
        Matcher m = Pattern.compile("(?m)^" + naam + "(\\{[^}]*\\})? (\\S+)$").matcher(metrics);
        double som = Double.NaN;
        while (m.find()) {
            som = (Double.isNaN(som) ? 0 : som) + Double.parseDouble(m.group(2));
        }
        return som;
    }

    private static String namen(String metrics) {
        return String.join("\n", metrics.lines().filter(l -> l.startsWith("# TYPE")).toList());
    }

    private HttpResponse<String> get(int poort, String pad) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
