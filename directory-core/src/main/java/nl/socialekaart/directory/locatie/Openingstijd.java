package nl.socialekaart.directory.locatie;

import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalTime;
import java.util.UUID;

/**
 * One opening period of a voorziening at a locatie on one weekday (1 = maandag ... 7 = zondag).
 * Several periods a day are several rows; the database refuses a period that closes before it opens.
 * Versioned through its voorziening.
 */
@MappedEntity("openingstijd")
public record Openingstijd(
        @Id @AutoPopulated UUID id,
        @NotNull UUID voorzieningId,
        @NotNull UUID locatieId,
        @Min(value = 1, message = "Kies een dag van de week.") @Max(value = 7, message = "Kies een dag van de week.") int weekdag,
        @NotNull(message = "Vul in hoe laat het opent.") LocalTime opent,
        @NotNull(message = "Vul in hoe laat het sluit.") LocalTime sluit) {
}
