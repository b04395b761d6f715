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
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * AES-256-GCM for the personal fields of a referral, with the JDK's own javax.crypto. The key comes from
 * {@code sociale-kaart.verwijzing.sleutel} (base64 of 32 bytes), never from the repository. Without it the
 * application refuses to start, except in the demo and test environments, which get a random key per run
 * (their referrals cannot be read after a restart, which is fine for fake data).
 *
 * <p>Keys can be replaced: the new key becomes {@code sleutel}, the old ones go to
 * {@code sociale-kaart.verwijzing.vorige-sleutels} (comma-separated), which only decrypt. {@link SleutelWissel}
 * then re-encrypts everything under the new key, after which the old ones can be dropped.
 *
 * <p>Each value is stored as: 1 byte format version (2), 4 bytes key id (the start of the key's SHA-256), 12 bytes
 * random nonce, ciphertext with the 16-byte tag. Format 1, from before keys could be replaced, has no key id; every
 * known key is tried on it. The referral's id is the associated data, so ciphertext copied onto another referral does
 * not decrypt.
 */
@Context
public class Versleuteling {

    static final String SLEUTEL = "sociale-kaart.verwijzing.sleutel";
    static final String VORIGE_SLEUTELS = "sociale-kaart.verwijzing.vorige-sleutels";
    private static final Logger LOG = LoggerFactory.getLogger(Versleuteling.class);
    private static final byte FORMAAT_ZONDER_SLEUTEL_ID = 1;
    private static final byte FORMAAT = 2;
    private static final int SLEUTEL_ID = 4;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private record Sleutel(SecretKey sleutel, int id) {
    }

    private final Sleutel huidige;
    private final List<Sleutel> alle;
    private final SecureRandom random = new SecureRandom();

    @Inject
    Versleuteling(@Nullable @Value("${" + SLEUTEL + ":}") String base64,
                  @Nullable @Value("${" + VORIGE_SLEUTELS + ":}") String vorige, Environment environment) {
        this(base64, vorige, environment.getActiveNames());
    }

    Versleuteling(@Nullable String base64, Set<String> omgevingen) {
        this(base64, null, omgevingen);
    }

    Versleuteling(@Nullable String base64, @Nullable String vorige, Set<String> omgevingen) {
        this.huidige = sleutel(huidigeSleutel(base64, omgevingen));
        List<Sleutel> sleutels = new ArrayList<>(List.of(huidige));
        if (vorige != null) {
            Arrays.stream(vorige.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                    .map(v -> sleutel(decodeer(v, VORIGE_SLEUTELS))).forEach(sleutels::add);
        }
        this.alle = List.copyOf(sleutels);
    }

    private byte[] huidigeSleutel(@Nullable String base64, Set<String> omgevingen) {
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
        return decodeer(base64, SLEUTEL);
    }

    private static byte[] decodeer(String base64, String naam) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(naam + " is geen geldige base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(naam + " moet 32 bytes zijn (AES-256), niet " + bytes.length);
        }
        return bytes;
    }

    private static Sleutel sleutel(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Sleutel(new SecretKeySpec(bytes, "AES"), ByteBuffer.wrap(hash, 0, SLEUTEL_ID).getInt());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze JVM", e);
        }
    }

    public byte[] versleutel(byte[] open, UUID verwijzingId) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, huidige.sleutel(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context(verwijzingId));
            byte[] geheim = cipher.doFinal(open);
            return ByteBuffer.allocate(1 + SLEUTEL_ID + NONCE + geheim.length)
                    .put(FORMAAT).putInt(huidige.id()).put(nonce).put(geheim).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Versleutelen mislukt", e);
        }
    }

    public byte[] ontsleutel(byte[] opgeslagen, UUID verwijzingId) {
        if (opgeslagen.length >= 1 + SLEUTEL_ID + NONCE + TAG_BITS / 8 && opgeslagen[0] == FORMAAT) {
            int id = ByteBuffer.wrap(opgeslagen, 1, SLEUTEL_ID).getInt();
            Sleutel sleutel = alle.stream().filter(s -> s.id() == id).findFirst().orElseThrow(() ->
                    new IllegalStateException("Ontsleutelen mislukt: de sleutel van deze gegevens is niet ingesteld ("
                            + SLEUTEL + " of " + VORIGE_SLEUTELS + ")"));
            return ontsleutel(sleutel, opgeslagen, 1 + SLEUTEL_ID, verwijzingId);
        }
        if (opgeslagen.length >= 1 + NONCE + TAG_BITS / 8 && opgeslagen[0] == FORMAAT_ZONDER_SLEUTEL_ID) {
            for (Sleutel sleutel : alle) {
                try {
                    return ontsleutel(sleutel, opgeslagen, 1, verwijzingId);
                } catch (IllegalStateException andereSleutel) {
                    // format 1 does not say which key: the next one may fit
                }
            }
            throw new IllegalStateException("Ontsleutelen mislukt (andere sleutel of gewijzigde gegevens)");
        }
        throw new IllegalStateException("Onbekend formaat van versleutelde gegevens");
    }

    /** Whether this value is already encrypted under the current key, in the current format. */
    public boolean onderHuidigeSleutel(byte[] opgeslagen) {
        return opgeslagen.length > 1 + SLEUTEL_ID && opgeslagen[0] == FORMAAT
                && ByteBuffer.wrap(opgeslagen, 1, SLEUTEL_ID).getInt() == huidige.id();
    }

    /** Whether there are previous keys, so values may still need re-encrypting. */
    public boolean heeftVorigeSleutels() {
        return alle.size() > 1;
    }

    private static byte[] ontsleutel(Sleutel sleutel, byte[] opgeslagen, int begin, UUID verwijzingId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sleutel.sleutel(), new GCMParameterSpec(TAG_BITS, opgeslagen, begin, NONCE));
            cipher.updateAAD(context(verwijzingId));
            return cipher.doFinal(opgeslagen, begin + NONCE, opgeslagen.length - begin - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ontsleutelen mislukt (andere sleutel of gewijzigde gegevens)", e);
        }
    }

    private static byte[] context(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
