package nl.socialekaart.directory.melding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/**
 * A resident's report that something on a detail page is wrong ("Klopt er iets niet?"), sent without an
 * account. It is open until beheer handles it: then {@code afgehandeldOp} and {@code afgehandeldDoor} are set
 * together. Nothing that identifies the sender is kept, except the e-mail address they chose to give.
 */
@MappedEntity("melding")
public record Melding(
        @Id @AutoPopulated @Nullable UUID id,
        @NotNull UUID voorzieningId,
        @NotBlank(message = "Schrijf wat er niet klopt.")
        @Size(max = Melding.MAXIMALE_TOELICHTING, message = "Gebruik hoogstens {max} tekens.") String toelichting,
        @Nullable @Email(message = "Dit is geen geldig e-mailadres. Laat het veld leeg als u geen antwoord wilt.")
        @Size(max = 200, message = "Gebruik hoogstens {max} tekens.") String contactEmail,
        @DateCreated @Nullable Instant ontvangenOp,
        @Nullable Instant afgehandeldOp,
        @Nullable @Size(max = 200) String afgehandeldDoor,
        @Version @Nullable Long version) {

    public static final int MAXIMALE_TOELICHTING = 2000;

    /** A new, open melding. */
    public static Melding nieuw(UUID voorzieningId, String toelichting, @Nullable String contactEmail) {
        return new Melding(null, voorzieningId, toelichting, contactEmail, null, null, null, null);
    }

    public boolean afgehandeld() {
        return afgehandeldOp != null;
    }

    /** This melding, handled now by {@code door} (the beheerder's name or account). */
    public Melding afgehandeldDoor(String door, Instant op) {
        return new Melding(id, voorzieningId, toelichting, contactEmail, ontvangenOp, op, door, version);
    }
}
