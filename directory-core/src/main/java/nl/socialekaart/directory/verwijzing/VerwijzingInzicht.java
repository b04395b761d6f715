package nl.socialekaart.directory.verwijzing;

import io.micronaut.core.annotation.Nullable;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A referral as an authorised reader sees it: decrypted client data and messages, and the contact
 * persons on both sides for the warm handover. {@code client} is null once the referral is anonymised.
 */
public record VerwijzingInzicht(Verwijzing verwijzing, @Nullable ClientGegevens client, List<Bericht> berichten,
                                String voorzieningNaam, String aanbiederNaam, String gebiedNaam,
                                @Nullable String kernNaam, @Nullable Contact verwijzer, @Nullable Contact behandelaar,
                                @Nullable Contact sociaalTeam, @Nullable Contact voorzieningIntern) {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM_TIJD = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** When it was sent, in Dutch time (the server runs in UTC). */
    public String verstuurd() {
        return DATUM_TIJD.format(verwijzing.verstuurdOp().atZone(NEDERLAND));
    }

    public String verstuurdDatum() {
        return DATUM.format(verwijzing.verstuurdOp().atZone(NEDERLAND));
    }

    /** A person or desk to call: name, e-mail, phone; any may be missing. */
    public record Contact(String naam, @Nullable String email, @Nullable String telefoon) {
    }
}
