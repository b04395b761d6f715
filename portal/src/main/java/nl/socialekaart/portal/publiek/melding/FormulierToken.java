package nl.socialekaart.portal.publiek.melding;

import jakarta.inject.Singleton;
import nl.socialekaart.portal.web.PortalConfiguration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A signed time token in a hidden field of a public form: when the form was handed out, and for which
 * voorziening, HMAC-SHA256-signed with a server secret. It replaces a session-bound CSRF token on a form that
 * needs no account: a post without a token we issued (a forged cross-site form, a bot posting blind) is
 * refused, and the time tells how long the form was open (a form filled in under a few seconds is a bot).
 */
@Singleton
public class FormulierToken {

    private final byte[] sleutel;
    private final Clock clock;

    public FormulierToken(PortalConfiguration configuration, Clock clock) {
        this.clock = clock;
        String geheim = configuration.formulierSleutel();
        if (geheim == null || geheim.isBlank()) {
            sleutel = new byte[32];
            new SecureRandom().nextBytes(sleutel);
        } else {
            sleutel = geheim.getBytes(StandardCharsets.UTF_8);
        }
    }

    public String uitgeven(String doel) {
        return uitgegevenOp(doel, clock.instant());
    }

    String uitgegevenOp(String doel, Instant moment) {
        String tijd = Long.toString(moment.toEpochMilli());
        return tijd + "." + handtekening(doel + "|" + tijd);
    }

    /** When the token was issued for this {@code doel}, if it is one of ours (and untampered). */
    public Optional<Instant> controleer(String doel, String token) {
        if (token == null) {
            return Optional.empty();
        }
        int punt = token.indexOf('.');
        if (punt < 1) {
            return Optional.empty();
        }
        String tijd = token.substring(0, punt);
        byte[] verwacht = handtekening(doel + "|" + tijd).getBytes(StandardCharsets.US_ASCII);
        byte[] gekregen = token.substring(punt + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(verwacht, gekregen)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(tijd)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String handtekening(String tekst) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 ontbreekt in deze JVM", e);
        }
    }
}
