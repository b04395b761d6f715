package nl.socialekaart.ops.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Elasticsearch node as a child process: shared home from the cache, its own config, data and logs under
 * {@code <workDir>/elasticsearch}. Ports are chosen once, so a stop and start keeps the URL and the data.
 *
 * <p>The security module (in the distribution) is on: every request needs the user {@value #USERNAME} and its
 * generated password, which lives in the file realm ({@code config/users}, a PBKDF2 hash) and nowhere else in ES.
 */
final class ElasticsearchNode {

    static final String CLUSTER_NAME = "sociale-kaart-embedded";
    static final String USERNAME = "sociale_kaart";
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchNode.class);
    // a loaded 2-core CI machine was seen to need more than 2 minutes; a failed start still ends the wait early
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String COMMAND_LINE_MARKER = "org.elasticsearch";

    private final Path home;
    private final Path baseDir;
    private final Path configDir;
    private final Path consoleLog;
    private final Path pidFile;
    private final int heapMb;
    private final String password;
    private final int httpPort;
    private final int transportPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Object lifecycle = new Object();
    private volatile Process process;
    private volatile boolean closed;

    private ElasticsearchNode(Path home, Path baseDir, int heapMb, String password) {
        this.home = home;
        this.baseDir = baseDir;
        this.configDir = baseDir.resolve("config");
        this.consoleLog = baseDir.resolve("logs").resolve("console.log");
        this.pidFile = baseDir.resolve("elasticsearch.pid");
        this.heapMb = heapMb;
        this.password = password;
        this.httpPort = LoopbackPort.free();
        this.transportPort = LoopbackPort.free();
    }

    /** Installs the shared home if needed and prepares (but does not start) a node under {@code baseDir}. */
    static ElasticsearchNode create(Path cacheDir, Path baseDir, int heapMb, String password) {
        Path home = ElasticsearchHome.ensureInstalled(cacheDir, ElasticsearchDistribution.fromClasspath());
        return new ElasticsearchNode(home, baseDir, heapMb, password);
    }

    /** A node of an earlier run whose JVM died without stopping it still holds the data dir. */
    static void stopLeftover(Path baseDir) {
        StaleProcess.stopIfRunning(baseDir.resolve("elasticsearch.pid"), COMMAND_LINE_MARKER);
    }

    URI url() {
        return URI.create("http://" + LoopbackPort.ADDRESS.getHostAddress() + ":" + httpPort);
    }

    String password() {
        return password;
    }

    /** The value of an {@code Authorization} header for {@value #USERNAME}. */
    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    boolean isRunning() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** Starts the node and waits until the cluster is at least yellow; does nothing when it is running. */
    void start() {
        long started = System.nanoTime();
        Process current;
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("the embedded stack is closed");
            }
            if (isRunning()) {
                return;
            }
            try {
                writeConfig();
                Files.deleteIfExists(pidFile);
                ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/elasticsearch").toString(),
                        "-p", pidFile.toString())
                        .directory(baseDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()));
                ElasticsearchEnvironment.apply(builder.environment(), configDir, baseDir.resolve("tmp"));
                current = builder.start();
                process = current;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start Elasticsearch from " + home, e);
            }
        }
        LOG.info("Elasticsearch starting (pid {}) on {}, log {}", current.pid(), url(), consoleLog);
        awaitHealthy(current, started);
        LOG.info("Elasticsearch ready on {} in {} ms", url(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Stops the node (SIGTERM to it and its descendants, SIGKILL after 30 s); it can be started again. */
    void stop() {
        Process current;
        synchronized (lifecycle) {
            current = process;
            process = null;
        }
        if (current == null) {
            return;
        }
        long started = System.nanoTime();
        boolean graceful = ProcessTree.terminate(current.toHandle(), STOP_GRACE);
        LOG.info("Elasticsearch stopped{} in {} ms", graceful ? "" : " (forcibly)",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Stops the node for good; a start that is still waiting for the node gives up. */
    void close() {
        synchronized (lifecycle) {
            closed = true;
        }
        stop();
    }

    private void writeConfig() throws IOException {
        // ES_TMPDIR holds nothing worth keeping, and the CLI leaves a few empty directories there at every start.
        Directories.deleteRecursively(baseDir.resolve("tmp"));
        for (String dir : new String[] {"config", "data", "logs", "tmp"}) {
            Files.createDirectories(baseDir.resolve(dir));
        }
        copyDefaultConfig();
        Files.writeString(configDir.resolve("elasticsearch.yml"), elasticsearchYml(), StandardCharsets.UTF_8);
        Files.writeString(configDir.resolve("users"), USERNAME + ":" + FileRealmHash.of(password) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(configDir.resolve("users_roles"), "superuser:" + USERNAME + "\n", StandardCharsets.UTF_8);
        Files.createDirectories(configDir.resolve("jvm.options.d"));
        Files.writeString(configDir.resolve("jvm.options.d").resolve("heap.options"),
                "-Xms" + heapMb + "m\n-Xmx" + heapMb + "m\n", StandardCharsets.UTF_8);
        Files.writeString(configDir.resolve("jvm.options"), jvmOptions(), StandardCharsets.UTF_8);
    }

    /** log4j2.properties, jvm.options and the rest, once; the keystore Elasticsearch creates here is kept. */
    private void copyDefaultConfig() throws IOException {
        Path source = home.resolve("config");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = configDir.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private String elasticsearchYml() {
        return """
                # Written by nl.socialekaart.ops.stack.ElasticsearchNode at every start; edits are overwritten.
                cluster.name: %s
                node.name: %s
                path.data: %s
                path.logs: %s
                network.host: 127.0.0.1
                http.port: %d
                transport.port: %d
                discovery.type: single-node
                # Every request needs the user in config/users (other local users must not read or write the
                # index). Only reachable on loopback, so no TLS; the built-in users (elastic, ...) are off.
                xpack.security.enabled: true
                xpack.security.http.ssl.enabled: false
                xpack.security.transport.ssl.enabled: false
                xpack.security.authc.reserved_realm.enabled: false
                # A developer disk that is 90%% full must not make the indices read-only.
                cluster.routing.allocation.disk.threshold_enabled: false
                # Tests delete indices by pattern.
                action.destructive_requires_name: false
                """.formatted(CLUSTER_NAME, CLUSTER_NAME + "-" + httpPort, yamlString(baseDir.resolve("data")),
                yamlString(baseDir.resolve("logs")), httpPort, transportPort);
    }

    /** The distribution's jvm.options with GC log and crash files in our logs dir instead of the working dir. */
    private String jvmOptions() throws IOException {
        Path logs = baseDir.resolve("logs");
        return Files.readAllLines(home.resolve("config").resolve("jvm.options"), StandardCharsets.UTF_8).stream()
                .map(line -> line
                        .replace("file=gc.log", "file=" + logs.resolve("gc.log"))
                        .replace("filecount=32,filesize=64m", "filecount=4,filesize=16m")
                        .replace("-XX:ErrorFile=hs_err_pid%p.log", "-XX:ErrorFile=" + logs.resolve("hs_err_pid%p.log")))
                .collect(Collectors.joining("\n", "", "\n"))
                + "-XX:HeapDumpPath=" + logs + "\n";
    }

    private static String yamlString(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void awaitHealthy(Process current, long startedNanos) {
        long deadline = startedNanos + STARTUP_TIMEOUT.toNanos();
        URI health = url().resolve("/_cluster/health?wait_for_status=yellow&timeout=5s");
        String lastProblem = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (process != current) {
                throw new IllegalStateException("Elasticsearch was stopped while starting");
            }
            if (!current.isAlive()) {
                stop();
                throw new IllegalStateException("Elasticsearch exited with code " + current.exitValue()
                        + " during startup\n" + LogTail.of(consoleLog, 60));
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10))
                                .header("Authorization", authorization()).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"timed_out\":false")) {
                    return;
                }
                lastProblem = "HTTP " + response.statusCode() + ": " + response.body();
            } catch (ConnectException notListeningYet) {
                lastProblem = "connection refused";
            } catch (IOException e) {
                lastProblem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
            }
            sleep(250);
        }
        stop();
        throw new IllegalStateException("Elasticsearch on " + url() + " was not healthy within " + STARTUP_TIMEOUT
                + " (" + lastProblem + ")\n" + LogTail.of(consoleLog, 60));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
