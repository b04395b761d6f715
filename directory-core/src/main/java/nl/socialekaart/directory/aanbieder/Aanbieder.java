package nl.socialekaart.directory.aanbieder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** An organisation that offers voorzieningen (HSDS organization). */
@MappedEntity("aanbieder")
public record Aanbieder(
        @Id UUID id,
        @NotBlank(message = "Vul een naam in.") @Size(max = 200, message = "Maximaal {max} tekens.") String naam,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Alleen kleine letters, cijfers en streepjes.") String slug,
        @NotNull(message = "Kies een rol.") AanbiederRol rol,
        @Nullable String omschrijving,
        @Nullable @Pattern(regexp = "https?://\\S+", message = "Een website begint met https://") String website,
        @Nullable @Pattern(regexp = Telefoonnummer.PATROON, message = Telefoonnummer.MELDING) String telefoon,
        @Nullable @Email(message = "Vul een geldig e-mailadres in.") String email,
        @Nullable @DateUpdated Instant gewijzigdOp,
        @Version Long version) {
}
