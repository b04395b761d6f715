package nl.socialekaart.directory.gebruiker;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Hashes and checks passwords with Argon2id (OWASP's first choice), through Spring Security's encoder,
 * which stores salt and parameters in the hash itself, so the parameters can be raised later.
 */
@Singleton
public class Wachtwoorden {

    /** NIST SP 800-63B: length matters, composition rules do not. */
    public static final int MINIMALE_LENGTE = 12;

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    public String hash(CharSequence wachtwoord) {
        return encoder.encode(wachtwoord);
    }

    public boolean klopt(CharSequence wachtwoord, String hash) {
        return encoder.matches(wachtwoord, hash);
    }

    /** The Dutch reason a new password is refused, or null when it is acceptable. */
    public static String bezwaar(CharSequence wachtwoord) {
        if (wachtwoord == null || wachtwoord.length() < MINIMALE_LENGTE) {
            return "Kies een wachtwoord van minstens " + MINIMALE_LENGTE + " tekens.";
        }
        return null;
    }
}
