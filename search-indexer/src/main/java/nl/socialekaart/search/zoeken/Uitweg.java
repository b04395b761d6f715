package nl.socialekaart.search.zoeken;

import io.micronaut.core.annotation.Nullable;

/**
 * What to offer when a search found nothing, so it is never a dead end.
 *
 * @param bedoeldeU  the text with likely misspellings corrected, or null
 * @param verbreding how far the search was widened to find something
 * @param breder     the widened search's results, or null when even that found nothing
 */
public record Uitweg(@Nullable String bedoeldeU, Verbreding verbreding, @Nullable ZoekResultaat breder) {

    public enum Verbreding {
        /** Nothing wider found anything. */
        GEEN,
        /** The whole gemeente of the chosen kern instead of the kern. */
        GEMEENTE,
        /** The same words without any filter or place. */
        ZONDER_FILTERS
    }
}
