package nl.socialekaart.portal.verwijzing;

import io.micronaut.security.authentication.Authentication;
import nl.socialekaart.directory.verwijzing.Lezer;
import nl.socialekaart.portal.beveiliging.Ingelogd;

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
