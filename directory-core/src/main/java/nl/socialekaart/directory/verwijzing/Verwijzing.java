package nl.socialekaart.directory.verwijzing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral as stored: routing and status in plain columns, the client's data and the messages only as
 * AES-GCM ciphertext ({@link Versleuteling}). Read it through {@link Verwijzingen}, which checks who may.
 */
@MappedEntity("verwijzing")
public record Verwijzing(
        @Id UUID id,
        UUID voorzieningId,
        UUID aanbiederId,
        UUID gebiedId,
        @Nullable UUID kernId,
        @Nullable UUID verwijzerId,
        @Nullable UUID behandelaarId,
        @Nullable byte[] clientGegevens,
        @Nullable byte[] berichten,
        @Nullable LocalDate toestemmingOp,
        Urgentie urgentie,
        VerwijzingStatus status,
        Instant verstuurdOp,
        Instant gewijzigdOp,
        @Nullable Instant afgeslotenOp,
        @Nullable Instant geanonimiseerdOp,
        @Version Long version) {

    Verwijzing met(VerwijzingStatus nieuweStatus, @Nullable UUID nieuweBehandelaar, byte[] nieuweBerichten, Instant nu) {
        return new Verwijzing(id, voorzieningId, aanbiederId, gebiedId, kernId, verwijzerId,
                nieuweBehandelaar == null ? behandelaarId : nieuweBehandelaar, clientGegevens, nieuweBerichten,
                toestemmingOp, urgentie, nieuweStatus, verstuurdOp, nu, nieuweStatus.afgesloten() ? nu : null,
                geanonimiseerdOp, version);
    }
}
