package nl.socialekaart.ops.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL from the zonky binaries with its data dir in {@code <workDir>/postgres}, and the database
 * {@code sociale_kaart} owned by the role of the same name.
 *
 * <p>zonky runs {@code initdb} only when {@code postgresql.conf} is absent from the data dir (or when asked to clean,
 * which we never do: zonky would then delete the data dir on close). So an existing data dir is reused as it is;
 * cleaning for tests is done by {@link EmbeddedStack} before this starts.
 */
final class PostgresServer {

    static final String DATABASE = "sociale_kaart";
    static final String USER = "sociale_kaart";
    static final String PASSWORD = "sociale_kaart";
    private static final String SUPERUSER = "postgres";
    private static final String COMMAND_LINE_MARKER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final PostgresEndpoint endpoint;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.endpoint = new PostgresEndpoint("jdbc:postgresql://" + LoopbackPort.ADDRESS.getHostAddress() + ":"
                + postgres.getPort() + "/" + DATABASE, USER, PASSWORD);
    }

    /** A postmaster of an earlier run whose JVM died without stopping it still holds the data dir. */
    static void stopLeftover(Path dataDir) {
        StaleProcess.stopIfRunning(dataDir.resolve("postmaster.pid"), COMMAND_LINE_MARKER);
    }

    /**
     * @param throwaway the data will be deleted before the next start anyway (tests): trade durability for speed
     */
    static PostgresServer start(Path dataDir, Path log, Path binariesDir, boolean throwaway) {
        long started = System.nanoTime();
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(binariesDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binariesDir.toFile())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // EmbeddedStack's own hook stops PostgreSQL, after what uses it has closed
                    .setRegisterShutdownHook(false)
                    .setPort(LoopbackPort.free())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", LoopbackPort.ADDRESS.getHostAddress())
                    // Independent of the developer's LANG: byte order collation, Unicode-aware upper/lower.
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (throwaway) {
                builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
            }
            PostgresServer server = new PostgresServer(builder.start());
            server.createDatabase();
            LOG.info("PostgreSQL ready on {} in {} ms ({} data dir {})", server.endpoint.jdbcUrl(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), fresh ? "new" : "existing", dataDir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL in " + dataDir + "\n" + LogTail.of(log, 40), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not start PostgreSQL in " + dataDir + "\n" + LogTail.of(log, 40), e);
        }
    }

    PostgresEndpoint endpoint() {
        return endpoint;
    }

    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("could not stop PostgreSQL cleanly", e);
        }
    }

    private void createDatabase() {
        String url = "jdbc:postgresql://" + LoopbackPort.ADDRESS.getHostAddress() + ":" + postgres.getPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", USER)) {
                statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
                LOG.info("created database {}", DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
