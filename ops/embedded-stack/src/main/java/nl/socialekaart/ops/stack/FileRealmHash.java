package nl.socialekaart.ops.stack;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password hash in the form Elasticsearch's file realm reads from {@code config/users}:
 * {@code {PBKDF2}<iterations>$<base64 salt>$<base64 key>}, PBKDF2 with HMAC-SHA512, a 256-bit key and a 32-byte
 * salt (Elasticsearch's documented {@code pbkdf2} hash). Made here rather than with {@code bin/elasticsearch-users},
 * which would cost a JVM start at every start of the node.
 */
final class FileRealmHash {

    static final int ITERATIONS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FileRealmHash() {
    }

    static String of(String password) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        return "{PBKDF2}" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(key(password, salt));
    }

    static byte[] key(String password, byte[] salt) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is part of every Java runtime", e);
        }
    }
}
