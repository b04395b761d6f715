package nl.socialekaart.ops.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default of the sociale kaart: a real PostgreSQL and a real Elasticsearch node as child processes on
 * 127.0.0.1, for the launcher (data kept in the work dir) and for integration tests ({@link SharedTestStack}).
 *
 * <p>Layout of the work dir (owner only, 0700): {@code postgres/} (data dir), {@code postgres.log},
 * {@code elasticsearch/} (config, data, logs, tmp), the generated passwords ({@code *.wachtwoord}, 0600) and
 * {@code embedded-stack.lock}, held while the stack runs so two stacks never share a work dir. Both services ask a
 * password of every client, also on loopback. A shutdown hook stops both services when the JVM exits, also on Ctrl-C.
 */
public final class EmbeddedStack implements AutoCloseable {

    public static final String DATASOURCE_URL = "datasources.default.url";
    public static final String DATASOURCE_USERNAME = "datasources.default.username";
    public static final String DATASOURCE_PASSWORD = "datasources.default.password";
    public static final String ELASTICSEARCH_URL = "sociale-kaart.elasticsearch.url";
    public static final String ELASTICSEARCH_USERNAME = "sociale-kaart.elasticsearch.username";
    public static final String ELASTICSEARCH_PASSWORD = "sociale-kaart.elasticsearch.password";
    static final String ELASTICSEARCH_PASSWORD_FILE = "elasticsearch.wachtwoord";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStack.class);

    private final StackSettings settings;
    private final Thread shutdownHook = new Thread(this::close, "embedded-stack-shutdown");
    private volatile boolean closed;
    private final List<AutoCloseable> gebruikers = new CopyOnWriteArrayList<>();
    private FileChannel lockChannel;
    private volatile PostgresServer postgres;
    private volatile ElasticsearchNode elasticsearch;

    private EmbeddedStack(StackSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts what the settings ask for (both services in parallel) and returns when all of it is healthy.
     *
     * @throws IllegalStateException when running as root, when another stack uses the work dir, or when a service
     *                               does not come up (the message holds the tail of its log)
     */
    public static EmbeddedStack start(StackSettings settings) {
        RootCheck.requireNotRoot();
        EmbeddedStack stack = new EmbeddedStack(settings);
        long started = System.nanoTime();
        try {
            stack.lockWorkDir();
            Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
            stack.startServices();
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
        // not applicationProperties(): the passwords stay out of the log
        LOG.info("embedded stack ready in {} ms: PostgreSQL {}, Elasticsearch {} (passwords in {})",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                stack.postgres().map(PostgresEndpoint::jdbcUrl).orElse("not started"),
                stack.elasticsearchUrl().map(URI::toString).orElse("not started"), settings.workDir());
        return stack;
    }

    public StackSettings settings() {
        return settings;
    }

    public Optional<PostgresEndpoint> postgres() {
        return Optional.ofNullable(postgres).map(PostgresServer::endpoint);
    }

    /** The PostgreSQL superuser on the maintenance database, e.g. for tests that need a database of their own. */
    public Optional<PostgresEndpoint> postgresSuperuser() {
        return Optional.ofNullable(postgres).map(PostgresServer::superuser);
    }

    /** {@code http://127.0.0.1:<port>}; the same across {@link #stopElasticsearch()} and {@link #startElasticsearch()}. */
    public Optional<URI> elasticsearchUrl() {
        return Optional.ofNullable(elasticsearch).map(ElasticsearchNode::url);
    }

    /** The {@code Authorization} header value for direct requests to the embedded node (tests, benchmarks). */
    public Optional<String> elasticsearchAuthorization() {
        return Optional.ofNullable(elasticsearch).map(ElasticsearchNode::authorization);
    }

    /** Stops the Elasticsearch node (for fault tests); its data and port are kept for {@link #startElasticsearch()}. */
    public void stopElasticsearch() {
        requireElasticsearch().stop();
    }

    /** Starts the node again after {@link #stopElasticsearch()} and waits until it is healthy; no-op when running. */
    public void startElasticsearch() {
        requireElasticsearch().start();
    }

    /** Micronaut properties pointing at what was started, e.g. for a {@code TestPropertyProvider}. */
    public Map<String, String> applicationProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        postgres().ifPresent(pg -> {
            properties.put(DATASOURCE_URL, pg.jdbcUrl());
            properties.put(DATASOURCE_USERNAME, pg.username());
            properties.put(DATASOURCE_PASSWORD, pg.password());
        });
        Optional.ofNullable(elasticsearch).ifPresent(node -> {
            properties.put(ELASTICSEARCH_URL, node.url().toString());
            properties.put(ELASTICSEARCH_USERNAME, ElasticsearchNode.USERNAME);
            properties.put(ELASTICSEARCH_PASSWORD, node.password());
        });
        return Map.copyOf(properties);
    }

    /**
     * Registers something that uses the services (an application context), to be closed before they stop,
     * also on Ctrl-C: so it never runs against a database that is already gone.
     */
    public void closeFirst(AutoCloseable gebruiker) {
        gebruikers.add(gebruiker);
    }

    /** Closes what {@link #closeFirst} registered, then stops Elasticsearch, then PostgreSQL. Idempotent; also run by the shutdown hook. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        for (AutoCloseable gebruiker : gebruikers.reversed()) {
            try {
                gebruiker.close();
            } catch (Exception e) {
                LOG.warn("could not close {}", gebruiker, e);
            }
        }
        ElasticsearchNode es = elasticsearch;
        if (es != null) {
            try {
                es.close();
            } catch (RuntimeException e) {
                LOG.warn("could not stop Elasticsearch", e);
            }
        }
        PostgresServer pg = postgres;
        if (pg != null) {
            pg.stop();
        }
        releaseWorkDir();
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shutdownInProgress) {
                // the hook runs (or ran) anyway; close is idempotent
            }
        }
    }

    private void startServices() {
        Path workDir = settings.workDir();
        Path pgDataDir = workDir.resolve("postgres");
        Path pgLog = workDir.resolve("postgres.log");
        Path esBaseDir = workDir.resolve("elasticsearch");

        // We hold the work dir lock, so processes named by pid files here were left by a JVM that died.
        ElasticsearchNode.stopLeftover(esBaseDir);
        PostgresServer.stopLeftover(pgDataDir);
        if (settings.clean()) {
            Directories.deleteRecursively(pgDataDir);
            Directories.deleteRecursively(pgLog);
            Directories.deleteRecursively(esBaseDir);
            for (String passwordFile : new String[] {PostgresServer.SUPERUSER_PASSWORD_FILE,
                    PostgresServer.USER_PASSWORD_FILE, ELASTICSEARCH_PASSWORD_FILE}) {
                Directories.deleteRecursively(workDir.resolve(passwordFile));
            }
        }

        CompletableFuture<Void> esStarted = CompletableFuture.completedFuture(null);
        if (settings.startElasticsearch()) {
            esStarted = CompletableFuture.runAsync(() -> {
                ElasticsearchNode node = ElasticsearchNode.create(settings.cacheDir(), esBaseDir,
                        settings.elasticsearchHeapMb(), SecretFile.readOrCreate(workDir.resolve(ELASTICSEARCH_PASSWORD_FILE)));
                elasticsearch = node;
                if (closed) {
                    throw new IllegalStateException("the embedded stack was closed while starting");
                }
                node.start();
            }, runnable -> Thread.ofPlatform().name("embedded-elasticsearch-start").start(runnable));
        }
        RuntimeException failure = null;
        if (settings.startPostgres()) {
            try {
                postgres = PostgresServer.start(pgDataDir, pgLog, settings.cacheDir().resolve("postgres"), workDir,
                        settings.durable());
                if (closed) {
                    postgres.stop();
                    throw new IllegalStateException("the embedded stack was closed while starting");
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        try {
            esStarted.join();
        } catch (CompletionException e) {
            RuntimeException esFailure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            if (failure == null) {
                failure = esFailure;
            } else {
                failure.addSuppressed(esFailure);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void lockWorkDir() {
        Path lockFile = settings.workDir().resolve("embedded-stack.lock");
        try {
            // passwords and data live here: other local users get nothing, also on a work dir of an earlier release
            SecretFile.ownerOnlyDirectory(settings.workDir());
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                lockChannel = null;
                throw new IllegalStateException("another embedded stack is running in " + settings.workDir()
                        + " (" + lockFile + " is locked); stop it or use another work dir");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + lockFile, e);
        }
    }

    private void releaseWorkDir() {
        if (lockChannel != null) {
            try {
                lockChannel.close();
            } catch (IOException e) {
                LOG.debug("could not release the work dir lock", e);
            }
            lockChannel = null;
        }
    }

    private ElasticsearchNode requireElasticsearch() {
        ElasticsearchNode node = elasticsearch;
        if (node == null) {
            throw new IllegalStateException("Elasticsearch was not started by this embedded stack");
        }
        return node;
    }
}
