package nl.socialekaart.directory.verwijzing;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** What a professional fills in; checked by {@link Verwijzingen#stuur}. */
public record NieuweVerwijzing(@Nullable UUID voorzieningId, @Nullable UUID kernId, @Nullable String naam,
                               @Nullable String bereikbaar, @Nullable String vraag, boolean toestemming,
                               @Nullable LocalDate toestemmingOp, @Nullable Urgentie urgentie) {
}
