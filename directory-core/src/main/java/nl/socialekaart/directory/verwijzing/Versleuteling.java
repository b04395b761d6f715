package nl.socialekaart.directory.verwijzing;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * AES-256-GCM for the personal fields of a referral, with the JDK's own javax.crypto. The key comes from
 * {@code sociale-kaart.verwijzing.sleutel} (base64 of 32 bytes), never from the repository. Without it the
 * application refuses to start, except in the demo and test environments, which get a random key per run
 * (their referrals cannot be read after a restart, which is fine for fake data).
 *
 * <p>Each value is stored as: 1 byte format version, 12 bytes random nonce, ciphertext with the 16-byte tag.
 * The referral's id is the associated data, so ciphertext copied onto another referral does not decrypt.
 */
@Context
public class Versleuteling {

    static final String SLEUTEL = "sociale-kaart.verwijzing.sleutel";
    private static final Logger LOG = LoggerFactory.getLogger(Versleuteling.class);
    private static final byte FORMAAT = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey sleutel;
    private final SecureRandom random = new SecureRandom();

    @Inject
    Versleuteling(@Nullable @Value("${" + SLEUTEL + ":}") String base64, Environment environment) {
        this(base64, environment.getActiveNames());
    }

    Versleuteling(@Nullable String base64, Set<String> omgevingen) {
        this.sleutel = new SecretKeySpec(sleutel(base64, omgevingen), "AES");
    }

    private byte[] sleutel(@Nullable String base64, Set<String> omgevingen) {
        if (base64 == null || base64.isBlank()) {
            if (omgevingen.contains("demo") || omgevingen.contains(Environment.TEST)) {
                LOG.warn("{} ontbreekt: demo/test gebruikt een willekeurige sleutel voor deze run", SLEUTEL);
                byte[] willekeurig = new byte[32];
                random.nextBytes(willekeurig);
                return willekeurig;
            }
            throw new IllegalStateException(SLEUTEL + " ontbreekt: zet SOCIALE_KAART_VERWIJZING_SLEUTEL "
                    + "(base64 van 32 willekeurige bytes, bijvoorbeeld `openssl rand -base64 32`)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(SLEUTEL + " is geen geldige base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(SLEUTEL + " moet 32 bytes zijn (AES-256), niet " + bytes.length);
        }
        return bytes;
    }

    public byte[] versleutel(byte[] open, UUID verwijzingId) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context(verwijzingId));
            byte[] geheim = cipher.doFinal(open);
            return ByteBuffer.allocate(1 + NONCE + geheim.length).put(FORMAAT).put(nonce).put(geheim).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Versleutelen mislukt", e);
        }
    }

    public byte[] ontsleutel(byte[] opgeslagen, UUID verwijzingId) {
        if (opgeslagen.length < 1 + NONCE + TAG_BITS / 8 || opgeslagen[0] != FORMAAT) {
            throw new IllegalStateException("Onbekend formaat van versleutelde gegevens");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, opgeslagen, 1, NONCE));
            cipher.updateAAD(context(verwijzingId));
            return cipher.doFinal(opgeslagen, 1 + NONCE, opgeslagen.length - 1 - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ontsleutelen mislukt (andere sleutel of gewijzigde gegevens)", e);
        }
    }

    private static byte[] context(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
