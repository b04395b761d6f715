package nl.socialekaart.directory.locatie;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * An exception to the weekly openingstijden on the days {@code van} to {@code tot} (inclusive): closed
 * (no times: a public holiday, a temporary closure) or open at other hours. Without a locatie it holds for
 * every locatie of the voorziening.
 */
@MappedEntity("openingstijd_uitzondering")
public record OpeningstijdUitzondering(
        @Id @AutoPopulated UUID id,
        @NotNull UUID voorzieningId,
        @Nullable UUID locatieId,
        @NotNull(message = "Vul de eerste dag in.") LocalDate van,
        @NotNull(message = "Vul de laatste dag in.") LocalDate tot,
        @Nullable LocalTime opent,
        @Nullable LocalTime sluit,
        @NotBlank(message = "Vul de reden in, bijvoorbeeld Tweede Paasdag of verbouwing.")
        @Size(max = 200, message = "Maximaal {max} tekens.") String reden,
        @Version Long version) {

    public boolean gesloten() {
        return opent == null;
    }

    public boolean geldtOp(LocalDate dag) {
        return !dag.isBefore(van) && !dag.isAfter(tot);
    }

    public boolean geldtVoor(UUID locatie) {
        return locatieId == null || locatieId.equals(locatie);
    }
}
