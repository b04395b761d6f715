package nl.socialekaart.directory.verwijzing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersleutelingTest {

    private static final String SLEUTEL = Base64.getEncoder().encodeToString(new byte[32]);
    private final Versleuteling versleuteling = new Versleuteling(SLEUTEL, Set.of());
    private final UUID id = UUID.randomUUID();

    @Test
    void roundTripHidesThePlainTextAndUsesAFreshNonceEachTime() {
        byte[] open = "Jan Jansen, 06-12345678".getBytes(StandardCharsets.UTF_8);

        byte[] eerste = versleuteling.versleutel(open, id);
        byte[] tweede = versleuteling.versleutel(open, id);

        assertFalse(new String(eerste, StandardCharsets.ISO_8859_1).contains("Jansen"));
        assertNotEquals(Base64.getEncoder().encodeToString(eerste), Base64.getEncoder().encodeToString(tweede));
        assertArrayEquals(open, versleuteling.ontsleutel(eerste, id));
    }

    @Test
    void changedCiphertextOrAnotherReferralsIdOrAnotherKeyDoesNotDecrypt() {
        byte[] geheim = versleuteling.versleutel("vraag".getBytes(StandardCharsets.UTF_8), id);
        byte[] gewijzigd = geheim.clone();
        gewijzigd[gewijzigd.length - 1] ^= 1;
        byte[] andereSleutel = new byte[32];
        andereSleutel[0] = 1;

        assertThrows(IllegalStateException.class, () -> versleuteling.ontsleutel(gewijzigd, id));
        assertThrows(IllegalStateException.class, () -> versleuteling.ontsleutel(geheim, UUID.randomUUID()));
        assertThrows(IllegalStateException.class, () -> new Versleuteling(
                Base64.getEncoder().encodeToString(andereSleutel), Set.of()).ontsleutel(geheim, id));
    }

    @Test
    void withoutAValidKeyOnlyDemoAndTestStart() {
        IllegalStateException zonder = assertThrows(IllegalStateException.class, () -> new Versleuteling("", Set.of()));
        assertTrue(zonder.getMessage().contains("SOCIALE_KAART_VERWIJZING_SLEUTEL"));
        assertThrows(IllegalStateException.class, () -> new Versleuteling("a2V5", Set.of()), "te kort");
        assertThrows(IllegalStateException.class, () -> new Versleuteling("geen base64!", Set.of()));
        new Versleuteling(null, Set.of("demo"));
        new Versleuteling(null, Set.of("test"));
    }
}
