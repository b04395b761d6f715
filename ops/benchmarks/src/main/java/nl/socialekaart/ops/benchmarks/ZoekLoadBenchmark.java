package nl.socialekaart.ops.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.socialekaart.ops.benchmarks.ZoekMix.Zoekvraag;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load test on loopback: N clients (virtual threads), each sending its next query as soon as the
 * previous answer is in, for a warm-up and then a fixed measured period. Runs the same query sequence against
 * the portal's {@code /api/v1/zoeken} and, with the request the product's {@code VoorzieningZoeker} sends (see
 * {@link ZoekverzoekOpname}), against Elasticsearch directly, whose own {@code took} it records. Bounded by time and by a request cap; it stops by itself.
 */
final class ZoekLoadBenchmark {

    private static final Duration VERZOEK_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern TOOK = Pattern.compile("^\\{\"took\":(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Instellingen(int clients, Duration opwarmen, Duration duur, long seed, long maximumVerzoeken) {

        Instellingen {
            if (clients < 1 || duur.isNegative() || duur.isZero() || opwarmen.isNegative() || maximumVerzoeken < 1) {
                throw new IllegalArgumentException("ongeldige instellingen voor de belastingtest");
            }
        }
    }

    /**
     * @param latentiesNs client-side round trips of the successful requests in the measured period
     * @param tookMs      Elasticsearch's {@code took} of those requests (empty for the API)
     */
    record Meting(String naam, int clients, Duration duur, long fouten, Latenties latentiesNs, Latenties tookMs) {

        long verzoeken() {
            return latentiesNs.aantal();
        }

        double perSeconde() {
            return latentiesNs.aantal() / (duur.toNanos() / 1e9);
        }
    }

    private final ZoekMix mix;
    private final ZoekverzoekOpname opname;
    private final Instellingen instellingen;

    ZoekLoadBenchmark(ZoekMix mix, ZoekverzoekOpname opname, Instellingen instellingen) {
        this.mix = mix;
        this.opname = opname;
        this.instellingen = instellingen;
    }

    /** Against the portal: {@code basis} is e.g. {@code http://127.0.0.1:8080}. */
    Meting meetApi(URI basis) {
        vereisLoopback(basis);
        return draai("API /api/v1/zoeken", vraag -> HttpRequest.newBuilder(
                basis.resolve("/api/v1/zoeken?" + vraag.apiQuery())).timeout(VERZOEK_TIMEOUT).GET().build(), false);
    }

    /**
     * Against Elasticsearch: the same searches, exactly as {@code VoorzieningZoeker} sends them.
     *
     * @param authorization the {@code Authorization} header the embedded node asks
     */
    Meting meetElasticsearch(URI elasticsearch, String authorization) {
        vereisLoopback(elasticsearch);
        return draai("Elasticsearch direct", vraag -> esVerzoek(elasticsearch, authorization, vraag), true);
    }

    /**
     * Sends {@code aantal} queries of the mix to both, one at a time, and counts those where the API's
     * {@code totaal} equals Elasticsearch's hit count: a check that the load test's query body is the API's.
     */
    int[] vergelijkTotalen(URI api, URI elasticsearch, String authorization, int aantal) throws IOException, InterruptedException {
        vereisLoopback(api);
        vereisLoopback(elasticsearch);
        SplittableRandom random = new SplittableRandom(instellingen.seed() ^ 0x5eed);
        int gelijk = 0;
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (int i = 0; i < aantal; i++) {
                Zoekvraag vraag = mix.volgende(random);
                JsonNode viaApi = JSON.readTree(http.send(HttpRequest.newBuilder(
                        api.resolve("/api/v1/zoeken?" + vraag.apiQuery())).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                JsonNode viaEs = JSON.readTree(http.send(esVerzoek(elasticsearch, authorization, vraag),
                        HttpResponse.BodyHandlers.ofString()).body());
                if (viaApi.path("totaal").asLong(-1) == viaEs.path("hits").path("total").path("value").asLong(-2)) {
                    gelijk++;
                }
            }
        }
        return new int[]{gelijk, aantal};
    }

    private HttpRequest esVerzoek(URI elasticsearch, String authorization, Zoekvraag vraag) {
        ZoekverzoekOpname.Verzoek verzoek = opname.verzoek(vraag);
        return HttpRequest.newBuilder(elasticsearch.resolve(verzoek.pad())).timeout(VERZOEK_TIMEOUT)
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(verzoek.body())).build();
    }

    private Meting draai(String naam, Function<Zoekvraag, HttpRequest> verzoek, boolean leesTook) {
        List<Latenties.Verzamelaar> latenties = new ArrayList<>();
        List<Latenties.Verzamelaar> tooks = new ArrayList<>();
        AtomicLong fouten = new AtomicLong();
        AtomicLong verzonden = new AtomicLong();
        long begin = System.nanoTime();
        long meetVanaf = begin + instellingen.opwarmen().toNanos();
        long einde = meetVanaf + instellingen.duur().toNanos();
        try (ExecutorService verbindingen = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .connectTimeout(Duration.ofSeconds(5)).executor(verbindingen).build();
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < instellingen.clients(); c++) {
                Latenties.Verzamelaar mijnLatenties = new Latenties.Verzamelaar();
                Latenties.Verzamelaar mijnTooks = new Latenties.Verzamelaar();
                latenties.add(mijnLatenties);
                tooks.add(mijnTooks);
                // the same seed per client index in both runs: the API and Elasticsearch get the same sequence
                SplittableRandom random = new SplittableRandom(instellingen.seed() * 31 + c);
                clients.submit(() -> {
                    while (System.nanoTime() < einde && verzonden.incrementAndGet() <= instellingen.maximumVerzoeken()) {
                        HttpRequest request = verzoek.apply(mix.volgende(random));
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            long duur = System.nanoTime() - start;
                            if (start < meetVanaf) {
                                continue;
                            }
                            if (response.statusCode() != 200) {
                                fouten.incrementAndGet();
                                continue;
                            }
                            mijnLatenties.voegToe(duur);
                            if (leesTook) {
                                mijnTooks.voegToe(took(response.body()));
                            }
                        } catch (IOException e) {
                            if (start >= meetVanaf) {
                                fouten.incrementAndGet();
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
            // closing the executor waits for the clients: each stops at the deadline plus one request timeout
        }
        return new Meting(naam, instellingen.clients(), instellingen.duur(), fouten.get(),
                Latenties.Verzamelaar.samen(latenties), Latenties.Verzamelaar.samen(tooks));
    }

    /** Elasticsearch starts its answer with {@code {"took":N,}; reading only that keeps the client's CPU for the test. */
    static long took(String body) {
        Matcher matcher = TOOK.matcher(body);
        if (matcher.find()) {
            return Long.parseLong(matcher.group(1));
        }
        try {
            return JSON.readTree(body).path("took").asLong();
        } catch (IOException e) {
            throw new IllegalStateException("antwoord zonder took: " + body.substring(0, Math.min(200, body.length())), e);
        }
    }

    static void vereisLoopback(URI uri) {
        try {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("de belastingtest draait alleen op loopback, niet tegen " + uri);
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("onbekende host in " + uri, e);
        }
    }
}
