package nl.socialekaart.directory.verwijzing;

import java.util.UUID;

/**
 * Published after a referral changed, so the portal can send a notification e-mail. Carries ids only:
 * the e-mail says that there is something new, never what.
 */
public record VerwijzingGebeurtenis(UUID verwijzingId, Soort soort) {

    public enum Soort {
        /** A new referral, or extra information from the professional: tell the receiving organisation. */
        VOOR_AANBIEDER,
        /** The aanbieder accepted, declined or asked something: tell the professional who sent it. */
        VOOR_PROFESSIONAL
    }
}
