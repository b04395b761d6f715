package nl.socialekaart.directory.actualiteit;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** A voorziening nobody has confirmed for too long, with its aanbieder (for grouping and the reminder). */
public record VerouderdeVoorziening(UUID id, String naam, String status, @Nullable LocalDate laatstGecontroleerd,
                                    UUID aanbiederId, String aanbiederNaam, @Nullable String aanbiederEmail) {
}
