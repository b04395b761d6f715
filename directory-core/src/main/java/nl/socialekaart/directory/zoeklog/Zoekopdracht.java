package nl.socialekaart.directory.zoeklog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One logged search, without anything that identifies who searched.
 *
 * @param filters the chosen facet values, as {@code thema=mantelzorg&kern=gendt}
 * @param kern    the first chosen kern, for counts per kern
 */
@MappedEntity("zoeklog")
public record Zoekopdracht(
        @Id @GeneratedValue @Nullable Long id,
        @DateCreated @Nullable Instant gezochtOp,
        @Nullable String zoektekst,
        String filters,
        @Nullable String kern,
        long aantalResultaten,
        Bron bron) {

    /** Where the search came from. */
    public enum Bron {
        PAGINA,
        API
    }
}
