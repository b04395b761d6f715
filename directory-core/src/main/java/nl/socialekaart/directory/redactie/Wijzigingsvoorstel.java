package nl.socialekaart.directory.redactie;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A change an AANBIEDER proposed; see V12. */
public record Wijzigingsvoorstel(UUID id, UUID voorzieningId, String voorzieningNaam, long basisVersion,
                                 VoorzieningInvoer voorstel, String status, String ingediendDoor,
                                 Instant ingediendOp, @Nullable String beoordeeldDoor, @Nullable String reden) {
}
