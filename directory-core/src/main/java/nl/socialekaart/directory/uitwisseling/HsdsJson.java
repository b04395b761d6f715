package nl.socialekaart.directory.uitwisseling;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * Writes HSDS objects (maps of strings, numbers, booleans, lists and maps) as JSON with Jackson's streaming
 * generator: field order as built, no framework serialization rules in between (absent stays absent), and
 * an ndjson export writes each service straight to the output without holding the whole.
 */
public final class HsdsJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private HsdsJson() {
    }

    public static byte[] bytes(Object waarde) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        schrijf(waarde, uit);
        return uit.toByteArray();
    }

    /** Writes one value; leaves the stream open. */
    public static void schrijf(Object waarde, OutputStream uit) {
        try (JsonGenerator generator = FACTORY.createGenerator(uit)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            schrijf(waarde, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one value as an ndjson line. */
    public static void regel(Object waarde, OutputStream uit) {
        schrijf(waarde, uit);
        try {
            uit.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void schrijf(Object waarde, JsonGenerator g) throws IOException {
        switch (waarde) {
            case null -> g.writeNull();
            case Map<?, ?> map -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    g.writeFieldName(e.getKey().toString());
                    schrijf(e.getValue(), g);
                }
                g.writeEndObject();
            }
            case Collection<?> lijst -> {
                g.writeStartArray();
                for (Object element : lijst) {
                    schrijf(element, g);
                }
                g.writeEndArray();
            }
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Double d -> g.writeNumber(d);
            case Number n -> g.writeNumber(n.toString());
            default -> g.writeString(waarde.toString());
        }
    }
}
