package nl.socialekaart.directory.gemeente;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A municipality, identified by its CBS code (e.g. GM1705 Lingewaard). */
@MappedEntity("gemeente")
public record Gemeente(
        @Id UUID id,
        @Pattern(regexp = "GM[0-9]{4}", message = "Een CBS-code ziet eruit als GM1705.") String cbsCode,
        @NotBlank(message = "Vul een naam in.") @Size(max = 100, message = "Maximaal {max} tekens.") String naam,
        @Version Long version) {
}
