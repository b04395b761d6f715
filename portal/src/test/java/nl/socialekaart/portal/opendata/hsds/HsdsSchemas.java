package nl.socialekaart.portal.opendata.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Validates JSON against the HSDS 3.0 JSON Schemas as published by Open Referral (a copy in the portal's
 * resources, hsds/3.0/, and the spec's compiled list schemas in test resources), with networknt's validator,
 * format assertions on (uuid, uri, email, date-time). The spec's own URLs are mapped to those copies.
 */
final class HsdsSchemas {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r
                    .mapPrefix("https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/", "classpath:hsds-compiled/")
                    .mapPrefix("https://raw.githubusercontent.com/openreferral/specification/3.0/schema/", "classpath:hsds/3.0/")));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private HsdsSchemas() {
    }

    /** A per-object schema ({@code service}) or a compiled one ({@code compiled/service_list}). */
    static Schema schema(String naam) {
        return SCHEMAS.computeIfAbsent(naam, n -> REGISTRY.getSchema(SchemaLocation.of(n.startsWith("compiled/")
                ? "classpath:hsds-compiled/" + n.substring("compiled/".length()) + ".json"
                : "classpath:hsds/3.0/" + n + ".json")));
    }

    /** A schema given as text (the profile's merged schema), its relative $refs resolved next to HSDS's own. */
    static Schema schema(String naam, String tekst) {
        return REGISTRY.getSchema(SchemaLocation.of("classpath:hsds/3.0/" + naam + ".json"), tekst, InputFormat.JSON);
    }

    /** A schema inside openapi.json, e.g. {@code /components/schemas/Page}. */
    static Schema uitOpenApi(String pointer) {
        try {
            JsonNode openapi = JSON.readTree(HsdsSchemas.class.getClassLoader().getResourceAsStream("hsds/3.0/openapi.json"));
            return REGISTRY.getSchema(SchemaLocation.of("classpath:hsds/3.0/openapi.json"),
                    openapi.at(pointer).toString(), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void valideer(Schema schema, JsonNode json) {
        List<Error> fouten = schema.validate(json.toString(), InputFormat.JSON,
                (context, schemaContext) -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
        assertEquals(List.of(), fouten.stream().map(Error::toString).toList(), () -> "ongeldig: " + json);
    }

    static void valideer(String schema, JsonNode json) {
        valideer(schema(schema), json);
    }

    static JsonNode lees(String tekst) {
        try {
            return JSON.readTree(tekst);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
