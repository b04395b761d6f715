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
 *
 * <p>Every connection needs a password (scram-sha-256, no {@code trust} in {@code pg_hba.conf}), also from the
 * same machine: the superuser's and the role's passwords are generated on the first start and kept in owner-only
 * files next to the data dir.
 */
final class PostgresServer {

    static final String DATABASE = "sociale_kaart";
    static final String USER = "sociale_kaart";
    static final String SUPERUSER = "postgres";
    static final String SUPERUSER_PASSWORD_FILE = "postgres-superuser.wachtwoord";
    static final String USER_PASSWORD_FILE = "postgres.wachtwoord";
    private static final String COMMAND_LINE_MARKER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final PostgresEndpoint endpoint;
    private final PostgresEndpoint superuser;

    private PostgresServer(EmbeddedPostgres postgres, String password, String superuserPassword) {
        this.postgres = postgres;
        String server = "jdbc:postgresql://" + LoopbackPort.ADDRESS.getHostAddress() + ":" + postgres.getPort() + "/";
        this.endpoint = new PostgresEndpoint(server + DATABASE, USER, password);
        this.superuser = new PostgresEndpoint(server + "postgres", SUPERUSER, superuserPassword);
    }

    /** A postmaster of an earlier run whose JVM died without stopping it still holds the data dir. */
    static void stopLeftover(Path dataDir) {
        StaleProcess.stopIfRunning(dataDir.resolve("postmaster.pid"), COMMAND_LINE_MARKER);
    }

    /**
     * @param secretsDir where the two generated passwords are kept ({@value #SUPERUSER_PASSWORD_FILE},
     *                   {@value #USER_PASSWORD_FILE}); the caller makes it owner-only
     * @param durable    fsync, full_page_writes and synchronous_commit on; {@code false} only for throwaway data
     */
    static PostgresServer start(Path dataDir, Path log, Path binariesDir, Path secretsDir, boolean durable) {
        long started = System.nanoTime();
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(binariesDir);
            Path superuserPasswordFile = secretsDir.resolve(SUPERUSER_PASSWORD_FILE);
            if (!fresh && !SecretFile.exists(superuserPasswordFile) && !PgHba.trustsAnyone(dataDir)) {
                throw new IllegalStateException(superuserPasswordFile + " is missing, and " + dataDir
                        + " accepts passwords only: put the file back, or start with empty data");
            }
            String superuserPassword = SecretFile.readOrCreate(superuserPasswordFile);
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
                    // zonky passes these "locale" options to initdb as --key=value after its own "-A trust", and
                    // initdb keeps the last -A: a new cluster asks a password everywhere from its first start.
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", superuserPasswordFile.toString())
                    // zonky's readiness check logs in as the superuser
                    .setConnectConfig("password", superuserPassword)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
            durability(builder, durable);
            PostgresServer server = new PostgresServer(builder.start(),
                    SecretFile.readOrCreate(secretsDir.resolve(USER_PASSWORD_FILE)), superuserPassword);
            if (PgHba.trustsAnyone(dataDir)) {
                // a data dir made before passwords were required: set them while trust still lets us in
                server.setSuperuserPassword();
                PgHba.requirePasswords(dataDir);
                server.reloadConfiguration();
                LOG.info("PostgreSQL in {} now requires passwords (pg_hba.conf rewritten)", dataDir);
            }
            server.createDatabase();
            LOG.info("PostgreSQL ready on {} in {} ms ({} data dir {}, {})", server.endpoint.jdbcUrl(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), fresh ? "new" : "existing", dataDir,
                    durable ? "durable" : "NOT durable: fsync off, for throwaway data");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL in " + dataDir + "\n" + LogTail.of(log, 40), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not start PostgreSQL in " + dataDir + "\n" + LogTail.of(log, 40), e);
        }
    }

    /**
     * zonky starts the postmaster with {@code -F} (fsync off) and {@code synchronous_commit=off}; options given later
     * on the command line win, so the durable case turns all three back on explicitly.
     */
    private static void durability(EmbeddedPostgres.Builder builder, boolean durable) {
        String value = durable ? "on" : "off";
        builder.setServerConfig("fsync", value)
                .setServerConfig("full_page_writes", value)
                .setServerConfig("synchronous_commit", value);
    }

    PostgresEndpoint endpoint() {
        return endpoint;
    }

    /** The superuser on the maintenance database {@code postgres}: to create more databases (tests). */
    PostgresEndpoint superuser() {
        return superuser;
    }

    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("could not stop PostgreSQL cleanly", e);
        }
    }

    /** The role and its database; the role's password is set to the generated one at every start. */
    private void createDatabase() {
        try (Connection connection = connectAsSuperuser(); Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", USER)) {
                statement.execute("CREATE ROLE " + USER + " LOGIN");
            }
            // an earlier release gave the role a fixed password; the generated one replaces it
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + endpoint.password() + "'");
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
                LOG.info("created database {}", DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    private void setSuperuserPassword() {
        execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + superuser.password() + "'");
    }

    private void reloadConfiguration() {
        execute("SELECT pg_reload_conf()");
    }

    private void execute(String sql) {
        try (Connection connection = connectAsSuperuser(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql.replaceAll("'.*'", "'…'"), e);
        }
    }

    private Connection connectAsSuperuser() throws SQLException {
        return DriverManager.getConnection(superuser.jdbcUrl(), superuser.username(), superuser.password());
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
