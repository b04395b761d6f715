package nl.socialekaart.directory.verwijzing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A shortlist ("lijstje voor mijn cliënt"): a short code and the voorzieningen on it, in order. No personal data. */
@MappedEntity("lijstje")
public record Lijstje(@Id String code, String voorzieningIds, @Nullable @DateCreated Instant aangemaaktOp) {

    public List<UUID> ids() {
        return voorzieningIds.isBlank() ? List.of() : Arrays.stream(voorzieningIds.split(",")).map(UUID::fromString).toList();
    }
}
