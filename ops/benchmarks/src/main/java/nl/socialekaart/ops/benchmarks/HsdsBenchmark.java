package nl.socialekaart.ops.benchmarks;

import com.sun.management.GarbageCollectorMXBean;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.socialekaart.directory.uitwisseling.HsdsExport;
import nl.socialekaart.ops.stack.EmbeddedStack;
import nl.socialekaart.ops.stack.PostgresEndpoint;
import nl.socialekaart.ops.stack.StackSettings;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The HSDS open-data benchmark on the national-scale data: {@code GET /hsds/services?per_page=50} latency (one
 * client, then a few in parallel) and the heap the bulk exports need. Run with {@code ops/benchmarks/hsds.sh}.
 * Options: {@code --aantal=100000 --duur=30 --clients=4 --seed=20261124 --werkmap=DIR}.
 */
public final class HsdsBenchmark {

    static final double DOEL_P95_MS = 50;

    private HsdsBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            voerUit(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void voerUit(String[] args) throws Exception {
        int aantal = 100_000;
        int duur = 30;
        int clients = 4;
        int opwarmen = 60;
        long seed = 20261124L;
        Path werkmap = null;
        for (String arg : args) {
            String[] d = arg.split("=", 2);
            switch (d[0]) {
                case "--aantal" -> aantal = Integer.parseInt(d[1]);
                case "--duur" -> duur = Integer.parseInt(d[1]);
                case "--clients" -> clients = Integer.parseInt(d[1]);
                case "--opwarmen" -> opwarmen = Integer.parseInt(d[1]);
                case "--seed" -> seed = Long.parseLong(d[1]);
                case "--werkmap" -> werkmap = Path.of(d[1]);
                default -> throw new IllegalArgumentException("onbekende optie " + arg);
            }
        }
        List<String[]> regels = new ArrayList<>();
        try (EmbeddedStack stack = EmbeddedStack.start(new StackSettings(werkmap.toAbsolutePath(),
                StackSettings.defaultCacheDir(), true, true, true, 512, false))) {
            // the benchmark is one client on loopback; the public per-client limit would measure the limiter
            ApplicationContext portal = BenchmarkPortaal.start(stack, vrijePoort(),
                    Map.of("sociale-kaart.hsds.verzoeken-per-minuut", Integer.MAX_VALUE));
            EmbeddedServer server = portal.getBean(EmbeddedServer.class);
            PostgresEndpoint pg = stack.postgres().orElseThrow();
            try (Connection connection = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password())) {
                log(aantal + " voorzieningen genereren en laden");
                DirectoryGenerator.Resultaat geladen = new DirectoryGenerator(seed).laad(connection,
                        DirectoryGenerator.Omvang.nationaal(aantal));
                regels.add(new String[]{"data", geladen.rijen().toString().replaceAll("[{}]", "")});
            }
            log("herindexeren");
            ReindexBenchmark.Meting herindexering = new ReindexBenchmark(portal).meet();
            regels.add(new String[]{"reindex", herindexering.documenten() + " docs in " + herindexering.duur().toSeconds() + " s"});

            URI basis = URI.create("http://127.0.0.1:" + server.getPort());
            try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                long totaal = totaal(http, basis);
                int paginas = (int) Math.min(200, (totaal + 49) / 50);
                log("opwarmen (Elasticsearch merges the segments of the fresh index meanwhile)");
                belast(http, basis, paginas, 1, Duration.ofSeconds(opwarmen), seed);
                for (int c : new int[]{1, clients}) {
                    log(c + " client(s), " + duur + " s");
                    Latenties l = belast(http, basis, paginas, c, Duration.ofSeconds(duur), seed + c);
                    double p95 = l.percentiel(95) / 1e6;
                    regels.add(new String[]{"`/hsds/services?per_page=50&page=1…" + paginas + "`, " + c + " client(s), " + duur + " s",
                            String.format(Locale.ROOT, "%d requests (%.0f req/s); p50 %.1f, **p95 %.1f**, p99 %.1f, max %.1f ms (target p95 ≤ 50 ms: %s)",
                                    l.aantal(), l.aantal() / (double) duur, l.percentiel(50) / 1e6, p95,
                                    l.percentiel(99) / 1e6, l.maximum() / 1e6, p95 <= DOEL_P95_MS ? "met" : "NOT met")});
                }
                regels.add(new String[]{"published services (`total_items`)", Long.toString(totaal)});
                // where the time goes: the same page requests straight to Elasticsearch, and page 1 only
                URI es = stack.elasticsearchUrl().orElseThrow();
                log("Elasticsearch direct, 1 client, " + duur + " s");
                Latenties.Verzamelaar tookMs = new Latenties.Verzamelaar();
                Latenties direct = belastEs(http, es, stack.elasticsearchAuthorization().orElseThrow(), paginas, Duration.ofSeconds(duur), seed, tookMs);
                Latenties tookL = Latenties.Verzamelaar.samen(List.of(tookMs));
                regels.add(new String[]{"the same query straight to Elasticsearch (from = (page − 1) × 50, sort naam.sorteer + id, own fields only), 1 client",
                        String.format(Locale.ROOT, "round trip p50 %.1f, p95 %.1f ms; `took` p50 %d, p95 %d ms",
                                direct.percentiel(50) / 1e6, direct.percentiel(95) / 1e6, tookL.percentiel(50), tookL.percentiel(95))});
                log("alleen pagina 1, 1 client, " + duur + " s");
                Latenties eerste = belast(http, basis, 1, 1, Duration.ofSeconds(duur), seed);
                regels.add(new String[]{"`/hsds/services?per_page=50` (page 1 only), 1 client",
                        String.format(Locale.ROOT, "p50 %.1f, **p95 %.1f** ms", eerste.percentiel(50) / 1e6, eerste.percentiel(95) / 1e6)});
            }

            HsdsExport export = portal.getBean(HsdsExport.class);
            regels.add(meetExport("ndjson export (`HsdsExport.ndjson`)", export::ndjson));
            regels.add(meetExport("tabular data package export (`HsdsExport.tabular`, zip)", export::tabular));
            log("stoppen");
        }
        System.out.println();
        System.out.println("| what | measured |\n|---|---|");
        for (String[] r : regels) {
            System.out.println("| " + r[0] + " | " + r[1].replace("|", "\\|") + " |");
        }
    }

    private static long totaal(HttpClient http, URI basis) throws Exception {
        String body = http.send(HttpRequest.newBuilder(basis.resolve("/hsds/services?per_page=1")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        int i = body.indexOf("\"total_items\":") + "\"total_items\":".length();
        return Long.parseLong(body.substring(i, body.indexOf(',', i)));
    }

    /** Closed loop, each client a virtual thread, a random page 1..paginas each request. */
    private static Latenties belast(HttpClient http, URI basis, int paginas, int clients, Duration duur, long seed)
            throws InterruptedException {
        List<Latenties.Verzamelaar> verzamelaars = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long einde = System.nanoTime() + duur.toNanos();
        AtomicLong fouten = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            Latenties.Verzamelaar v = new Latenties.Verzamelaar();
            verzamelaars.add(v);
            Random random = new Random(seed * 31 + c);
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < einde) {
                    URI uri = basis.resolve("/hsds/services?per_page=50&page=" + (1 + random.nextInt(paginas)));
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            fouten.incrementAndGet();
                            continue;
                        }
                    } catch (Exception e) {
                        fouten.incrementAndGet();
                        continue;
                    }
                    v.voegToe(System.nanoTime() - start);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (fouten.get() > 0) {
            log(fouten.get() + " fouten");
        }
        return Latenties.Verzamelaar.samen(verzamelaars);
    }

    private static Latenties belastEs(HttpClient http, URI es, String autorisatie, int paginas, Duration duur, long seed,
                                      Latenties.Verzamelaar took) throws Exception {
        Random random = new Random(seed);
        Latenties.Verzamelaar v = new Latenties.Verzamelaar();
        long einde = System.nanoTime() + duur.toNanos();
        String velden = String.join("\",\"", nl.socialekaart.search.zoeken.OpenDataZoeker.EIGEN_VELDEN);
        while (System.nanoTime() < einde) {
            int vanaf = random.nextInt(paginas) * 50;
            String body = "{\"from\":" + vanaf + ",\"size\":50,\"track_total_hits\":true,"
                    + "\"query\":{\"bool\":{\"filter\":[{\"term\":{\"status\":\"GEPUBLICEERD\"}}]}},"
                    + "\"sort\":[{\"naam.sorteer\":\"asc\"},{\"id\":\"asc\"}],\"_source\":{\"includes\":[\"" + velden + "\"]}}";
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(es.resolve("/voorzieningen/_search"))
                    .header("Content-Type", "application/json").header("Authorization", autorisatie)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            v.voegToe(System.nanoTime() - start);
            int i = r.body().indexOf("\"took\":") + 7;
            took.voegToe(Long.parseLong(r.body().substring(i, r.body().indexOf(',', i))));
        }
        return Latenties.Verzamelaar.samen(List.of(v));
    }

    /**
     * Runs an export into a counting sink and reports the heap in use after each garbage collection during it
     * (what the export keeps alive), against the heap before and the bytes written.
     */
    private static String[] meetExport(String naam, Consumer<OutputStream> export) throws InterruptedException {
        System.gc();
        Thread.sleep(200);
        long voor = gebruiktNaGc();
        AtomicLong maximumNaGc = new AtomicLong(voor);
        AtomicLong gcs = new AtomicLong();
        AtomicBoolean bezig = new AtomicBoolean(true);
        Map<String, Long> laatste = new HashMap<>();
        for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof GarbageCollectorMXBean gc && gc.getLastGcInfo() != null) {
                laatste.put(gc.getName(), gc.getLastGcInfo().getId());
            }
        }
        Thread meter = Thread.ofPlatform().daemon().start(() -> {
            while (bezig.get()) {
                for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                    if (bean instanceof GarbageCollectorMXBean gc && gc.getLastGcInfo() != null) {
                        long id = gc.getLastGcInfo().getId();
                        if (!Long.valueOf(id).equals(laatste.put(gc.getName(), id))) {
                            long na = gc.getLastGcInfo().getMemoryUsageAfterGc().values().stream()
                                    .mapToLong(u -> u.getUsed()).sum();
                            maximumNaGc.accumulateAndGet(na, Math::max);
                            gcs.incrementAndGet();
                        }
                    }
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        export.accept(new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        });
        long ms = (System.nanoTime() - start) / 1_000_000;
        bezig.set(false);
        meter.join();
        return new String[]{naam, String.format(Locale.ROOT,
                "%.1f MB written in %.1f s; heap in use after GC: %.0f MB before, **max %.0f MB during** (%d GCs observed; -Xmx %d MB)",
                bytes.get() / 1e6, ms / 1000.0, voor / 1e6, maximumNaGc.get() / 1e6, gcs.get(),
                Runtime.getRuntime().maxMemory() / (1 << 20))};
    }

    private static long gebruiktNaGc() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static int vrijePoort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void log(String tekst) {
        System.err.println("[hsds-benchmark] " + tekst);
    }
}
