package nl.socialekaart.portal.opendata.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The HSDS-NL sociale kaart profile: JSON Merge Patches (RFC 7386), the HSDS profile mechanism, over the HSDS 3.0
 * schemas in {@code hsds/3.0/}. Each patch adds the Dutch fields of one schema; {@link #schema} applies it.
 */
final class HsdsProfiel {

    /** The schemas the profile changes; every other schema is HSDS 3.0 as is. */
    static final List<String> GEWIJZIGD = List.of("service", "location", "service_area", "accessibility");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HsdsProfiel() {
    }

    static byte[] bron(String pad) {
        try (InputStream in = HsdsProfiel.class.getClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Ontbreekt op het classpath: " + pad);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean bestaat(String schema) {
        return schema.matches("[a-z_]+") && HsdsProfiel.class.getClassLoader().getResource("hsds/3.0/" + schema + ".json") != null;
    }

    static byte[] patch(String schema) {
        return bron("hsds/profiel/" + schema + ".json");
    }

    /** The schema as the profile defines it: HSDS 3.0's, with the profile's patch applied when it has one. */
    static JsonNode schema(String schema) {
        try {
            JsonNode basis = JSON.readTree(bron("hsds/3.0/" + schema + ".json"));
            return GEWIJZIGD.contains(schema) ? mergePatch(basis, JSON.readTree(patch(schema))) : basis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 7386: objects merge member by member, null removes, anything else replaces. */
    static JsonNode mergePatch(JsonNode doel, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode resultaat = doel != null && doel.isObject() ? ((ObjectNode) doel).deepCopy() : JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> velden = patch.fields();
        while (velden.hasNext()) {
            Map.Entry<String, JsonNode> veld = velden.next();
            if (veld.getValue().isNull()) {
                resultaat.remove(veld.getKey());
            } else {
                resultaat.set(veld.getKey(), mergePatch(resultaat.get(veld.getKey()), veld.getValue()));
            }
        }
        return resultaat;
    }
}
