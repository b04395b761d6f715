package nl.socialekaart.directory.kern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The area of one sociaal team within a gemeente; groups kernen. */
@MappedEntity("gebied")
public record Gebied(
        @Id UUID id,
        @NotNull UUID gemeenteId,
        @NotBlank(message = "Vul een naam in.") @Size(max = 100, message = "Maximaal {max} tekens.") String naam,
        @Nullable @Size(max = 40, message = "Maximaal {max} tekens.") String sociaalTeamTelefoon,
        @Nullable @Email(message = "Vul een geldig e-mailadres in.") String sociaalTeamEmail,
        @Version Long version) {
}
