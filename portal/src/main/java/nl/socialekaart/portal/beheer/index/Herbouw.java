package nl.socialekaart.portal.beheer.index;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Where a rebuild of the search index stands, for the progress bar.
 *
 * @param verwerkt voorzieningen handed to the new index so far
 * @param totaal   published voorzieningen when it started
 * @param fout     why the last rebuild failed (the old index then stays in use)
 */
@Serdeable
public record Herbouw(boolean bezig, long verwerkt, long totaal, int procent, @Nullable Instant gestart,
                      @Nullable Instant klaar, @Nullable String fout) {

    static final Herbouw NOOIT = new Herbouw(false, 0, 0, 0, null, null, null);
}
