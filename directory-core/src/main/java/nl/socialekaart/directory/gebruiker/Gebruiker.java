package nl.socialekaart.directory.gebruiker;

import io.micronaut.core.annotation.Nullable;
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

/** A person who logs in to beheer. */
@MappedEntity("gebruiker")
public record Gebruiker(
        @Id UUID id,
        @NotBlank(message = "Vul een e-mailadres in.") @Email(message = "Vul een geldig e-mailadres in.")
        @Size(max = 200, message = "Maximaal {max} tekens.") String email,
        @NotBlank(message = "Vul een naam in.") @Size(max = 200, message = "Maximaal {max} tekens.") String naam,
        @NotBlank String wachtwoordHash,
        @NotNull(message = "Kies een rol.") Rol rol,
        @Nullable UUID aanbiederId,
        @Nullable UUID gebiedId,
        boolean actief,
        @Nullable @DateCreated Instant aangemaaktOp,
        @Version Long version) {
}
