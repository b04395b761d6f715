package nl.socialekaart.directory.taxonomie;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A target group a voorziening is meant for (taxonomy term, e.g. "Mantelzorgers"). */
@MappedEntity("doelgroep")
public record Doelgroep(
        @Id @AutoPopulated UUID id,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Alleen kleine letters, cijfers en streepjes.") String code,
        @NotBlank(message = "Vul een naam in.") @Size(max = 100, message = "Maximaal {max} tekens.") String naam,
        @Nullable @Size(max = 500, message = "Maximaal {max} tekens.") String omschrijving,
        int volgorde,
        @Version Long version) {
}
