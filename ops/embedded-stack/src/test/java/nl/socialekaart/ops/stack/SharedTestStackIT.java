package nl.socialekaart.ops.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
        assertEquals("sociale_kaart", properties.get("datasources.default.password"));
        assertEquals(stack.elasticsearchUrl().orElseThrow().toString(), properties.get("sociale-kaart.elasticsearch.url"));

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
}
