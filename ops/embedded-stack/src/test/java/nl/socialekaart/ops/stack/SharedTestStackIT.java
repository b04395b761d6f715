package nl.socialekaart.ops.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The JVM-wide stack the other modules' integration tests use. */
class SharedTestStackIT {

    @Test
    void isOneStackPerJvm() {
        assertSame(SharedTestStack.get(), SharedTestStack.get());
    }

    @Test
    void givesMicronautPropertiesForBothServices() throws Exception {
        EmbeddedStack stack = SharedTestStack.get();
        Map<String, String> properties = stack.applicationProperties();

        assertEquals(stack.postgres().orElseThrow().jdbcUrl(), properties.get("datasources.default.url"));
        assertEquals("sociale_kaart", properties.get("datasources.default.username"));
        assertEquals(stack.elasticsearchUrl().orElseThrow().toString(), properties.get("sociale-kaart.elasticsearch.url"));
        assertEquals("sociale_kaart", properties.get("sociale-kaart.elasticsearch.username"));
        assertEquals(Files.readString(workDir().resolve("postgres.wachtwoord")).strip(),
                properties.get("datasources.default.password"));
        assertEquals(Files.readString(workDir().resolve("elasticsearch.wachtwoord")).strip(),
                properties.get("sociale-kaart.elasticsearch.password"));

        try (Connection c = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
            assertTrue(rs.next());
            assertEquals("sociale_kaart", rs.getString(1));
        }
    }

    @Test
    void restartOfElasticsearchKeepsPortAndData() throws Exception {
        EmbeddedStack stack = SharedTestStack.get();
        URI es = stack.elasticsearchUrl().orElseThrow();
        Http.send("DELETE", es.resolve("/herstart-test"), null);
        Http.Response indexed = Http.send("PUT", es.resolve("/herstart-test/_doc/1?refresh=true"),
                "{\"naam\": \"Buurthuis De Schakel\"}");
        assertEquals(201, indexed.status(), indexed.body());

        stack.stopElasticsearch();
        assertThrows(IOException.class, () -> Http.send("GET", es.resolve("/_cluster/health"), null));
        stack.startElasticsearch();

        assertEquals(es, stack.elasticsearchUrl().orElseThrow());
        Http.Response document = Http.send("GET", es.resolve("/herstart-test/_doc/1"), null);
        assertEquals(200, document.status(), document.body());
        assertTrue(document.body().contains("Buurthuis De Schakel"), document.body());
        Http.send("DELETE", es.resolve("/herstart-test"), null);
    }

    @Test
    void postgresRefusesAConnectionWithoutTheGeneratedPassword() throws Exception {
        EmbeddedStack stack = SharedTestStack.get();
        PostgresEndpoint pg = stack.postgres().orElseThrow();
        PostgresEndpoint superuser = stack.postgresSuperuser().orElseThrow();

        for (String user : new String[] {pg.username(), superuser.username()}) {
            SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(pg.jdbcUrl(), user, ""));
            assertTrue(refused.getMessage().contains("password"), refused.getMessage());
            SQLException wrong = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(pg.jdbcUrl(), user, "sociale_kaart"));
            assertTrue(wrong.getMessage().contains("password authentication failed"), wrong.getMessage());
        }
        String hba = Files.readString(workDir().resolve("postgres").resolve("pg_hba.conf"));
        assertFalse(PgHba.trustsAnyone(workDir().resolve("postgres")), hba);
        assertTrue(hba.contains("scram-sha-256"), hba);
    }

    @Test
    void elasticsearchAnswers401WithoutThePassword() throws Exception {
        URI es = SharedTestStack.get().elasticsearchUrl().orElseThrow();

        assertEquals(401, Http.send("GET", es.resolve("/_cluster/health"), null, null).status());
        assertEquals(401, Http.send("PUT", es.resolve("/nep/_doc/1"), "{\"naam\": \"nep\"}", null).status());
        String wrong = "Basic " + Base64.getEncoder().encodeToString("sociale_kaart:sociale_kaart".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, Http.send("GET", es.resolve("/_cluster/health"), null, wrong).status());
    }

    @Test
    void workDirAndPasswordsAreForTheOwnerOnly() throws Exception {
        SharedTestStack.get();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(workDir())));
        for (String file : new String[] {"postgres.wachtwoord", "postgres-superuser.wachtwoord", "elasticsearch.wachtwoord"}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(workDir().resolve(file))), file);
        }
    }

    private static Path workDir() {
        return SharedTestStack.get().settings().workDir();
    }
}
