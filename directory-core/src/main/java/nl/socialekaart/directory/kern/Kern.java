package nl.socialekaart.directory.kern;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A village core (kern) with its centroid: the unit residents think in and the gemeente steers on. */
@MappedEntity("kern")
public record Kern(
        @Id UUID id,
        @NotNull UUID gebiedId,
        @NotBlank(message = "Vul een naam in.") @Size(max = 100, message = "Maximaal {max} tekens.") String naam,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Alleen kleine letters, cijfers en streepjes.") String slug,
        @DecimalMin(value = "50.7", message = "Deze plek ligt niet in Nederland.")
        @DecimalMax(value = "53.6", message = "Deze plek ligt niet in Nederland.") double latitude,
        @DecimalMin(value = "3.3", message = "Deze plek ligt niet in Nederland.")
        @DecimalMax(value = "7.3", message = "Deze plek ligt niet in Nederland.") double longitude,
        @Version Long version) {
}
