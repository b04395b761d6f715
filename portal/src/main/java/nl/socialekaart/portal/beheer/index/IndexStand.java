package nl.socialekaart.portal.beheer.index;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * PostgreSQL and Elasticsearch side by side: the counts should be equal once the outbox is empty.
 *
 * @param elasticsearch documents behind the alias; null when Elasticsearch does not answer
 */
@Serdeable
public record IndexStand(long postgres, @Nullable Long elasticsearch, long achterstand,
                         @Nullable Instant laatsteSync, @Nullable String index, Herbouw herbouw) {

    public boolean gelijk() {
        return elasticsearch != null && elasticsearch == postgres;
    }
}
