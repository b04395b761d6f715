package nl.socialekaart.directory.verwijzing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.socialekaart.directory.aanbieder.Telefoonnummer;

import java.time.Instant;
import java.util.UUID;

/**
 * What only professionals and beheer see about a voorziening. Kept out of the public read model on
 * purpose: its own table, never part of {@code VoorzieningWeergave}, so it cannot reach the index or the API.
 */
@MappedEntity("voorziening_professioneel")
public record ProfessioneleGegevens(
        @Id UUID voorzieningId,
        @Nullable @Size(max = 40, message = "Maximaal {max} tekens.")
        @Pattern(regexp = Telefoonnummer.PATROON, message = Telefoonnummer.MELDING) String telefoonIntern,
        @Nullable @Size(max = 200, message = "Maximaal {max} tekens.") @Email(message = "Vul een geldig e-mailadres in.") String emailIntern,
        @Nullable @Size(max = 2000, message = "Maximaal {max} tekens.") String aanmeldprocedure,
        @Nullable @Size(max = 200, message = "Maximaal {max} tekens.") String wachttijd,
        @Nullable @Size(max = 200, message = "Maximaal {max} tekens.") String capaciteit,
        @Nullable @Size(max = 2000, message = "Maximaal {max} tekens.") String notities,
        @Nullable @DateUpdated Instant gewijzigdOp,
        @Nullable @Version Long version) {

    public static ProfessioneleGegevens leeg(UUID voorzieningId) {
        return new ProfessioneleGegevens(voorzieningId, null, null, null, null, null, null, null, null);
    }

    public boolean isLeeg() {
        return telefoonIntern == null && emailIntern == null && aanmeldprocedure == null && wachttijd == null
                && capaciteit == null && notities == null;
    }
}
