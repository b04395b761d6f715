package nl.socialekaart.directory.verwijzing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void afterAKeyChangeOldValuesStillOpenAndAreReencryptedUnderTheNewKey() {
        String nieuw = sleutel(7);
        byte[] open = "Jan Jansen".getBytes(StandardCharsets.UTF_8);
        byte[] onderOud = versleuteling.versleutel(open, id);
        Versleuteling naWissel = new Versleuteling(nieuw, SLEUTEL, Set.of());

        assertArrayEquals(open, naWissel.ontsleutel(onderOud, id));
        assertTrue(naWissel.heeftVorigeSleutels());
        assertFalse(naWissel.onderHuidigeSleutel(onderOud));
        byte[] onderNieuw = naWissel.versleutel(naWissel.ontsleutel(onderOud, id), id);
        assertTrue(naWissel.onderHuidigeSleutel(onderNieuw));
        assertArrayEquals(open, new Versleuteling(nieuw, Set.of()).ontsleutel(onderNieuw, id), "zonder de oude sleutel");

        IllegalStateException zonderOud = assertThrows(IllegalStateException.class,
                () -> new Versleuteling(nieuw, Set.of()).ontsleutel(onderOud, id));
        assertTrue(zonderOud.getMessage().contains("niet ingesteld"), zonderOud.getMessage());
        assertThrows(IllegalStateException.class, () -> new Versleuteling(nieuw, "geen-sleutel", Set.of()));
    }

    @Test
    void valuesFromBeforeKeyIdsStillOpenWithAnyConfiguredKey() throws Exception {
        byte[] sleutel = Base64.getDecoder().decode(SLEUTEL);
        byte[] nonce = new byte[12];
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(sleutel, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, nonce));
        cipher.updateAAD(java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array());
        byte[] geheim = cipher.doFinal("oud formaat".getBytes(StandardCharsets.UTF_8));
        byte[] formaat1 = java.nio.ByteBuffer.allocate(1 + 12 + geheim.length).put((byte) 1).put(nonce).put(geheim).array();

        Versleuteling naWissel = new Versleuteling(sleutel(9), SLEUTEL, Set.of());
        assertEquals("oud formaat", new String(naWissel.ontsleutel(formaat1, id), StandardCharsets.UTF_8));
        assertFalse(naWissel.onderHuidigeSleutel(formaat1));
    }

    private static String sleutel(int vulling) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) vulling);
        return Base64.getEncoder().encodeToString(bytes);
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
