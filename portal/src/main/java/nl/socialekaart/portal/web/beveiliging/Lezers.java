package nl.socialekaart.portal.web.beveiliging;

import io.micronaut.security.authentication.Authentication;
import nl.socialekaart.directory.verwijzing.Lezer;

/** The logged-in person as the referral domain needs them: account, role, team or organisation. */
public final class Lezers {

    private Lezers() {
    }

    public static Lezer van(Authentication authentication) {
        Ingelogd ingelogd = Ingelogd.van(authentication);
        return new Lezer(ingelogd.gebruikerId(), ingelogd.naam(), ingelogd.rol(), ingelogd.gebiedId().orElse(null),
                ingelogd.aanbiederId().orElse(null));
    }
}
