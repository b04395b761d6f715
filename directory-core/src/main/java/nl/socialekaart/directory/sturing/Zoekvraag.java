package nl.socialekaart.directory.sturing;

import io.micronaut.core.annotation.Nullable;

/**
 * A search text asked in one kern (null: no kern chosen), how often, and how often it found nothing.
 */
public record Zoekvraag(@Nullable String kern, String zoektekst, long aantal, long zonderResultaat) {
}
