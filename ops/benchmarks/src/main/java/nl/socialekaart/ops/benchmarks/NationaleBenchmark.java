package nl.socialekaart.ops.benchmarks;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.socialekaart.ops.stack.EmbeddedStack;
import nl.socialekaart.ops.stack.PostgresEndpoint;
import nl.socialekaart.ops.stack.StackSettings;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The national-scale benchmark, end to end: starts the embedded stack in its own work dir, starts the product's
 * portal context (Flyway creates the schema), generates and loads the synthetic directory, times the full reindex,
 * load-tests the search API and Elasticsearch, prints a Markdown table and stops everything.
 * Run it with {@code ops/benchmarks/run-benchmarks.sh}; the build never does.
 */
public final class NationaleBenchmark {

    static final double DOEL_HERINDEXERING_PER_SECONDE = 3_000;
    static final double DOEL_API_P95_MS = 30;
    static final double DOEL_VERHOUDING_API_ES = 2;

    private NationaleBenchmark() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = voerUit(BenchmarkOpties.lees(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            status = 2;
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // the stack is closed by now; exit also ends any thread a library left behind
        System.exit(status);
    }

    private static int voerUit(BenchmarkOpties opties) throws Exception {
        Path werkmap = opties.werkmap().toAbsolutePath().normalize();
        if (Files.isDirectory(werkmap)) {
            try (Stream<Path> inhoud = Files.list(werkmap)) {
                if (inhoud.findAny().isPresent()) {
                    throw new IllegalArgumentException("--werkmap moet leeg zijn: " + werkmap);
                }
            }
        }
        String belastingVoor = belasting();
        List<String[]> regels = new ArrayList<>();
        log("embedded stack starten in " + werkmap);
        try (EmbeddedStack stack = EmbeddedStack.start(new StackSettings(werkmap, StackSettings.defaultCacheDir(), true,
                true, true, opties.elasticsearchHeapMb(), false))) {
            int poort = vrijePoort();
            long start = System.nanoTime();
            ApplicationContext portal = BenchmarkPortaal.start(stack, poort, Map.of());
            EmbeddedServer server = portal.getBean(EmbeddedServer.class);
            log("portal draait op http://127.0.0.1:" + server.getPort() + " (" + ms(System.nanoTime() - start) + " ms)");

            PostgresEndpoint pg = stack.postgres().orElseThrow();
            DirectoryGenerator.Resultaat geladen;
            try (Connection connection = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password())) {
                log(opties.aantal() + " voorzieningen genereren en laden");
                geladen = new DirectoryGenerator(opties.seed()).laad(connection,
                        DirectoryGenerator.Omvang.nationaal(opties.aantal()));
            }
            long rijen = geladen.rijen().values().stream().mapToLong(Long::longValue).sum();
            regels.add(rij("synthetic directory", geladen.rijen().toString().replaceAll("[{}]", "")
                    .replace("=", " ").replace(", ", ", ")));
            regels.add(rij("generate in memory", sec(geladen.genereren())));
            regels.add(rij("load with COPY (one transaction, FK checks on, outbox triggers off)",
                    sec(geladen.laden()) + " (" + Math.round(rijen / seconden(geladen.laden())) + " rows/s; "
                            + Math.round(opties.aantal() / seconden(geladen.laden())) + " voorzieningen/s)"));
            regels.add(rij("ANALYZE", sec(geladen.analyseren())));
            log("geladen: " + geladen.rijen());

            ReindexBenchmark herindexering = new ReindexBenchmark(portal);
            for (int i = 1; i <= opties.herindexeringen(); i++) {
                log("volledige herindexering " + i);
                ReindexBenchmark.Meting meting = herindexering.meet();
                regels.add(rij("full reindex " + i + " (`VolledigeHerindexering.herindexeer()`)",
                        meting.documenten() + " docs in " + sec(meting.duur()) + " = **"
                                + Math.round(meting.documentenPerSeconde()) + " docs/s** (target ≥ 3,000: "
                                + gehaald(meting.documentenPerSeconde() >= DOEL_HERINDEXERING_PER_SECONDE) + ")"));
            }

            ReindexBenchmark.Meting lezen = herindexering.meetLezen();
            regels.add(rij("of which the read side alone (read-model query + JSON parsing, no Elasticsearch)",
                    lezen.documenten() + " docs in " + sec(lezen.duur()) + " = " + Math.round(lezen.documentenPerSeconde())
                            + " docs/s"));

            URI api = URI.create("http://127.0.0.1:" + server.getPort());
            URI es = stack.elasticsearchUrl().orElseThrow();
            String esAutorisatie = stack.elasticsearchAuthorization().orElseThrow();
            ZoekverzoekOpname opname = new ZoekverzoekOpname(portal);
            ZoekLoadBenchmark belasting = new ZoekLoadBenchmark(new ZoekMix(geladen.kernen()), opname,
                    new ZoekLoadBenchmark.Instellingen(opties.clients(), opties.opwarmen(), opties.duur(), opties.seed(),
                            5_000_000));
            int[] gelijk = belasting.vergelijkTotalen(api, es, esAutorisatie, 50);
            log("API en Elasticsearch tellen gelijk bij " + gelijk[0] + " van " + gelijk[1] + " zoekvragen");
            log("belastingtest API: " + opties.clients() + " clients, " + opties.opwarmen().toSeconds() + " s opwarmen, "
                    + opties.duur().toSeconds() + " s meten");
            ZoekLoadBenchmark.Meting viaApi = belasting.meetApi(api);
            log("belastingtest Elasticsearch direct");
            ZoekLoadBenchmark.Meting viaEs = belasting.meetElasticsearch(es, esAutorisatie);

            regels.add(rij("request check: API `totaal` = Elasticsearch hits for the recorded `VoorzieningZoeker` request", gelijk[0] + " of " + gelijk[1] + " queries"));
            regels.add(rij("search API, " + viaApi.clients() + " clients, " + opties.duur().toSeconds() + " s after "
                    + opties.opwarmen().toSeconds() + " s warm-up", doorvoer(viaApi)
                    + "; p50 " + msNs(viaApi.latentiesNs().percentiel(50)) + ", **p95 " + msNs(viaApi.latentiesNs().percentiel(95))
                    + "**, p99 " + msNs(viaApi.latentiesNs().percentiel(99)) + ", max " + msNs(viaApi.latentiesNs().maximum())
                    + " ms (target p95 ≤ 30 ms: " + gehaald(viaApi.latentiesNs().percentiel(95) / 1e6 <= DOEL_API_P95_MS) + ")"));
            regels.add(rij("Elasticsearch direct, same queries and clients, round trip", doorvoer(viaEs)
                    + "; p50 " + msNs(viaEs.latentiesNs().percentiel(50)) + ", p95 " + msNs(viaEs.latentiesNs().percentiel(95))
                    + ", p99 " + msNs(viaEs.latentiesNs().percentiel(99)) + ", max " + msNs(viaEs.latentiesNs().maximum()) + " ms"));
            regels.add(rij("Elasticsearch `took` in that run", "p50 " + viaEs.tookMs().percentiel(50) + ", p95 "
                    + viaEs.tookMs().percentiel(95) + ", p99 " + viaEs.tookMs().percentiel(99) + ", max "
                    + viaEs.tookMs().maximum() + " ms"));
            double verhouding95 = viaApi.latentiesNs().percentiel(95) / 1e6 / Math.max(1, viaEs.tookMs().percentiel(95));
            double verhouding50 = viaApi.latentiesNs().percentiel(50) / 1e6 / Math.max(1, viaEs.tookMs().percentiel(50));
            double verhoudingRondreis = (double) viaApi.latentiesNs().percentiel(95) / Math.max(1, viaEs.latentiesNs().percentiel(95));
            regels.add(rij("API / Elasticsearch", String.format(Locale.ROOT,
                    "p95 API ÷ p95 took = **%.2f** (target ≤ 2: %s); p50 ÷ p50 took = %.2f; p95 API ÷ p95 ES round trip = %.2f",
                    verhouding95, gehaald(verhouding95 <= DOEL_VERHOUDING_API_ES), verhouding50, verhoudingRondreis)));
            if (!opties.enkeleClient().isZero()) {
                ZoekLoadBenchmark enkel = new ZoekLoadBenchmark(new ZoekMix(geladen.kernen()), opname,
                        new ZoekLoadBenchmark.Instellingen(1, Duration.ofSeconds(2), opties.enkeleClient(), opties.seed(), 1_000_000));
                log("één client, API en Elasticsearch");
                ZoekLoadBenchmark.Meting apiEnkel = enkel.meetApi(api);
                ZoekLoadBenchmark.Meting esEnkel = enkel.meetElasticsearch(es, esAutorisatie);
                regels.add(rij("one client, " + opties.enkeleClient().toSeconds() + " s each (no queueing)",
                        "API " + doorvoer(apiEnkel) + ", p50 " + msNs(apiEnkel.latentiesNs().percentiel(50)) + ", p95 "
                                + msNs(apiEnkel.latentiesNs().percentiel(95)) + " ms; Elasticsearch round trip p50 "
                                + msNs(esEnkel.latentiesNs().percentiel(50)) + ", p95 " + msNs(esEnkel.latentiesNs().percentiel(95))
                                + " ms, took p50 " + esEnkel.tookMs().percentiel(50) + ", p95 " + esEnkel.tookMs().percentiel(95) + " ms"));
            }
            regels.add(rij("load average (1/5/15 min) before → after", belastingVoor + " → " + belasting()));
            log("stoppen");
        }
        System.out.println();
        System.out.println(markdown(opties, regels));
        return 0;
    }

    static String markdown(BenchmarkOpties opties, List<String[]> regels) {
        StringBuilder uit = new StringBuilder();
        uit.append("Run ").append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs (").append(cpuModel()).append("), ").append(geheugen()).append(", Java ")
                .append(Runtime.version()).append("; N = ").append(opties.aantal()).append(", seed ")
                .append(opties.seed()).append(", Elasticsearch heap ").append(opties.elasticsearchHeapMb()).append(" MB\n\n");
        uit.append("| what | measured |\n|---|---|\n");
        for (String[] regel : regels) {
            uit.append("| ").append(regel[0]).append(" | ").append(regel[1]).append(" |\n");
        }
        return uit.toString();
    }

    private static String[] rij(String wat, String gemeten) {
        return new String[]{wat, gemeten.replace("|", "\\|")};
    }

    private static String doorvoer(ZoekLoadBenchmark.Meting meting) {
        return String.format(Locale.ROOT, "%d requests, **%.0f req/s**, %d errors", meting.verzoeken(),
                meting.perSeconde(), meting.fouten());
    }

    private static String gehaald(boolean gehaald) {
        return gehaald ? "met" : "NOT met";
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String belasting() {
        try {
            String[] delen = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return delen[0] + " / " + delen[1] + " / " + delen[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try (Stream<String> regels = Files.lines(Path.of("/proc/cpuinfo"))) {
            return regels.filter(r -> r.startsWith("model name")).map(r -> r.substring(r.indexOf(':') + 1).strip())
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String geheugen() {
        try (Stream<String> regels = Files.lines(Path.of("/proc/meminfo"))) {
            return regels.filter(r -> r.startsWith("MemTotal")).map(r -> Math.round(
                            Long.parseLong(r.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GB RAM")
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static void log(String bericht) {
        System.out.println("[benchmark] " + bericht);
    }

    private static double seconden(Duration duur) {
        return duur.toNanos() / 1e9;
    }

    private static String sec(Duration duur) {
        return String.format(Locale.ROOT, "%.1f s", seconden(duur));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static String msNs(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
