package nl.socialekaart.directory.verwijzing;

import io.micronaut.core.annotation.Nullable;
import nl.socialekaart.directory.gebruiker.Rol;

import java.util.UUID;

/** Who asks for a referral: the account, and the team (gebied) or organisation (aanbieder) it acts for. */
public record Lezer(UUID gebruikerId, String naam, Rol rol, @Nullable UUID gebiedId, @Nullable UUID aanbiederId) {

    /** Only the sending team and the receiving organisation; beheer roles see counts, not referrals. */
    boolean mag(Verwijzing verwijzing) {
        return switch (rol) {
            case PROFESSIONAL -> gebiedId != null && gebiedId.equals(verwijzing.gebiedId());
            case AANBIEDER -> aanbiederId != null && aanbiederId.equals(verwijzing.aanbiederId());
            default -> false;
        };
    }
}
