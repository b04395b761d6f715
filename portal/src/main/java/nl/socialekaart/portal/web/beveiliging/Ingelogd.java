package nl.socialekaart.portal.web.beveiliging;

import io.micronaut.security.authentication.Authentication;
import nl.socialekaart.directory.gebruiker.Rol;

import java.util.Optional;
import java.util.UUID;

/**
 * The logged-in person as controllers need them: id, name, role, and for an AANBIEDER account its
 * aanbieder, for a PROFESSIONAL the gebied of its sociaal team. Read from the signed token.
 */
public record Ingelogd(UUID gebruikerId, String email, String naam, Rol rol, Optional<UUID> aanbiederId,
                       Optional<UUID> gebiedId) {

    static final String GEBRUIKER_ID = "gebruiker_id";
    static final String NAAM = "naam";
    static final String AANBIEDER_ID = "aanbieder_id";
    static final String GEBIED_ID = "gebied_id";
    static final String INGELOGD_OP = "ingelogd_op";

    public static Ingelogd van(Authentication authentication) {
        var kenmerken = authentication.getAttributes();
        Rol rol = authentication.getRoles().stream().map(Rol::valueOf).findFirst()
                .orElseThrow(() -> new IllegalStateException("Account zonder rol: " + authentication.getName()));
        return new Ingelogd(UUID.fromString(String.valueOf(kenmerken.get(GEBRUIKER_ID))), authentication.getName(),
                String.valueOf(kenmerken.get(NAAM)), rol, uuid(kenmerken.get(AANBIEDER_ID)), uuid(kenmerken.get(GEBIED_ID)));
    }

    public boolean heeft(Rol... rollen) {
        for (Rol r : rollen) {
            if (rol == r) {
                return true;
            }
        }
        return false;
    }

    private static Optional<UUID> uuid(Object waarde) {
        return waarde == null ? Optional.empty() : Optional.of(UUID.fromString(waarde.toString()));
    }
}
