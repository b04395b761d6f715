package nl.socialekaart.ops.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** A launcher-style stack (clean=false, PostgreSQL only) keeps its data across a stop and start. */
class PostgresPersistenceIT {

    private static final Path WORK_DIR = Path.of(System.getProperty(SharedTestStack.WORK_DIR_PROPERTY,
            "target/embedded-stack")).resolveSibling("embedded-stack-persistence");

    @Test
    void tableWrittenBeforeARestartIsStillThereAfter() throws SQLException {
        StackSettings settings = launcherSettings();
        try (EmbeddedStack stack = EmbeddedStack.start(settings.withClean(true))) {
            assertFalse(stack.elasticsearchUrl().isPresent());
            PostgresEndpoint pg = stack.postgres().orElseThrow();
            assertTrue(pg.jdbcUrl().startsWith("jdbc:postgresql://127.0.0.1:"), pg.jdbcUrl());
            assertTrue(pg.jdbcUrl().endsWith("/sociale_kaart"), pg.jdbcUrl());
            try (Connection c = connect(pg); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE voorziening (id bigint PRIMARY KEY, naam text NOT NULL)");
                s.execute("INSERT INTO voorziening VALUES (1, 'Huiskamer Ééndracht')");
            }
        }
        try (EmbeddedStack stack = EmbeddedStack.start(settings.withClean(false))) {
            PostgresEndpoint pg = stack.postgres().orElseThrow();
            try (Connection c = connect(pg); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT naam, upper(naam), current_database(), current_user FROM voorziening")) {
                assertTrue(rs.next());
                assertEquals("Huiskamer Ééndracht", rs.getString(1));
                assertEquals("HUISKAMER ÉÉNDRACHT", rs.getString(2));
                assertEquals("sociale_kaart", rs.getString(3));
                assertEquals("sociale_kaart", rs.getString(4));
            }
        }
    }

    @Test
    void aLauncherStackIsDurable() throws SQLException {
        try (EmbeddedStack stack = EmbeddedStack.start(launcherSettings().withClean(true));
             Connection c = connect(stack.postgres().orElseThrow()); Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    assertTrue(rs.next());
                    assertEquals("on", rs.getString(1), setting);
                }
            }
        }
    }

    /** A data dir of an earlier release: pg_hba.conf trusts loopback, the superuser has no password. */
    @Test
    void aDataDirThatTrustedLoopbackAsksPasswordsAfterTheNextStart() throws Exception {
        StackSettings settings = launcherSettings();
        try (EmbeddedStack stack = EmbeddedStack.start(settings.withClean(true))) {
            try (Connection c = connect(stack.postgres().orElseThrow()); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE voorziening (id bigint PRIMARY KEY, naam text NOT NULL)");
                s.execute("INSERT INTO voorziening VALUES (1, 'Inloophuis De Brug')");
            }
        }
        Path dataDir = WORK_DIR.resolve("postgres");
        Files.writeString(dataDir.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
        for (String file : new String[] {"postgres.wachtwoord", "postgres-superuser.wachtwoord"}) {
            Files.delete(WORK_DIR.resolve(file));
        }

        try (EmbeddedStack stack = EmbeddedStack.start(settings.withClean(false))) {
            PostgresEndpoint pg = stack.postgres().orElseThrow();
            assertFalse(PgHba.trustsAnyone(dataDir), Files.readString(dataDir.resolve("pg_hba.conf")));
            assertThrows(SQLException.class, () -> DriverManager.getConnection(pg.jdbcUrl(), "postgres", ""));
            assertThrows(SQLException.class, () -> DriverManager.getConnection(pg.jdbcUrl(), pg.username(), ""));
            try (Connection c = connect(pg); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT naam FROM voorziening")) {
                assertTrue(rs.next());
                assertEquals("Inloophuis De Brug", rs.getString(1));
            }
        }
    }

    private static StackSettings launcherSettings() {
        return StackSettings.defaults(WORK_DIR).withCacheDir(SharedTestStack.settings().cacheDir()).withElasticsearch(false);
    }

    private static Connection connect(PostgresEndpoint pg) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
    }
}
