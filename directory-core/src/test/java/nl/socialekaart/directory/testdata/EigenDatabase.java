package nl.socialekaart.directory.testdata;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.socialekaart.ops.stack.PostgresEndpoint;
import nl.socialekaart.ops.stack.SharedTestStack;

/**
 * A new, empty database on the shared test PostgreSQL, for tests that must see exactly the data they load
 * (counts over the demo data, imports into an empty directory) while other tests add rows to the shared one.
 */
public final class EigenDatabase {

    private EigenDatabase() {
    }

    /** The shared stack's properties, pointed at a fresh database (Flyway migrates it when a context starts). */
    public static Map<String, String> eigenschappen(Map<String, String> gedeeld, String voorvoegsel) {
        Map<String, String> properties = new HashMap<>(gedeeld);
        String url = properties.get("datasources.default.url");
        String naam = voorvoegsel + "_" + UUID.randomUUID().toString().substring(0, 8);
        PostgresEndpoint superuser = SharedTestStack.get().postgresSuperuser().orElseThrow();
        try (Connection c = DriverManager.getConnection(superuser.jdbcUrl(), superuser.username(), superuser.password());
             Statement s = c.createStatement()) {
            s.execute("create database " + naam + " owner " + properties.get("datasources.default.username"));
        } catch (Exception e) {
            throw new IllegalStateException("testdatabase " + naam + " niet aangemaakt", e);
        }
        properties.put("datasources.default.url", url.substring(0, url.lastIndexOf('/') + 1) + naam);
        return properties;
    }
}
