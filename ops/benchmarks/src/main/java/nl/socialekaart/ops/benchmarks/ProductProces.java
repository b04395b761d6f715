package nl.socialekaart.ops.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product as the README starts it ({@code java -jar ops/target/sociale-kaart.jar}), in a child JVM of its own so
 * that a test can kill it, or the PostgreSQL it started, with SIGKILL.
 */
final class ProductProces implements AutoCloseable {

    private static final Duration START_TIJD = Duration.ofMinutes(5);
    private static final Pattern ES_POORT = Pattern.compile("(?m)^http\\.port: (\\d+)$");

    private final Path jar;
    private final Path werkmap;
    private final Path log;
    private final int poort;
    private Process proces;

    ProductProces(Path jar, Path werkmap, int poort) {
        this.jar = jar;
        this.werkmap = werkmap;
        this.log = werkmap.resolveSibling("product.log");
        this.poort = poort;
    }

    /** Starts the product and returns when it serves HTTP ("Sociale kaart draait op" in its output). */
    void start() {
        try {
            long eerder = Files.exists(log) ? keerGestart() : 0;
            String java = ProcessHandle.current().info().command().orElse("java");
            proces = new ProcessBuilder(java, "-jar", jar.toString(), "--werkmap=" + werkmap,
                    "--micronaut.server.port=" + poort)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Process gestart = proces;
            wachtTot("product draait (log " + log + ")", START_TIJD, () -> {
                if (!gestart.isAlive()) {
                    throw new IllegalStateException("product stopte bij het starten; zie " + log);
                }
                return keerGestart() > eerder;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("product niet gestart", e);
        }
    }

    /** SIGKILL to the product's JVM: no shutdown hook runs, its PostgreSQL and Elasticsearch keep running. */
    void killJvm() {
        proces.destroyForcibly();
        wacht(proces);
    }

    /** SIGKILL to PostgreSQL's postmaster (the first line of {@code postmaster.pid}); the product keeps running. */
    void killPostmaster() {
        long pid = Long.parseLong(postmasterPid().getFirst().strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        wachtTot("postmaster " + pid + " weg", Duration.ofSeconds(30), () -> ProcessHandle.of(pid).isEmpty());
    }

    /** A normal stop (SIGTERM, as Ctrl-C); what an operator does after the database died under the product. */
    void stop() {
        if (proces != null && proces.isAlive()) {
            proces.destroy();
            wacht(proces);
        }
    }

    int poort() {
        return poort;
    }

    /** The JDBC URL of the running embedded PostgreSQL (its port is line 4 of {@code postmaster.pid}). */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postmasterPid().get(3).strip() + "/sociale_kaart";
    }

    String elasticsearchUrl() {
        Matcher m = ES_POORT.matcher(lees(werkmap.resolve("elasticsearch/config/elasticsearch.yml")));
        if (!m.find()) {
            throw new IllegalStateException("geen http.port in elasticsearch.yml");
        }
        return "http://127.0.0.1:" + m.group(1);
    }

    String wachtwoord(String bestand) {
        return lees(werkmap.resolve(bestand)).strip();
    }

    @Override
    public void close() {
        stop();
    }

    /** Polls {@code conditie} every 100 ms until it holds; fails after {@code max}. */
    static void wachtTot(String wat, Duration max, BooleanSupplier conditie) {
        long einde = System.nanoTime() + max.toNanos();
        while (!conditie.getAsBoolean()) {
            if (System.nanoTime() > einde) {
                throw new IllegalStateException("niet binnen " + max + ": " + wat);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("onderbroken tijdens wachten op: " + wat, e);
            }
        }
    }

    private static void wacht(Process proces) {
        try {
            if (!proces.waitFor(2, TimeUnit.MINUTES)) {
                proces.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> postmasterPid() {
        return lees(werkmap.resolve("postgres/postmaster.pid")).lines().toList();
    }

    /** How often the log says the product serves HTTP; one line per start. */
    private long keerGestart() {
        return lees(log).lines().filter(regel -> regel.contains("Sociale kaart draait op")).count();
    }

    private static String lees(Path bestand) {
        try {
            return Files.readString(bestand, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("kan " + bestand + " niet lezen", e);
        }
    }
}
