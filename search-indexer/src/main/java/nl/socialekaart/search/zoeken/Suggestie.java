package nl.socialekaart.search.zoeken;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One as-you-type suggestion.
 *
 * @param soort   what it is, so a page can show and link it accordingly
 * @param tekst   what to show
 * @param sleutel what identifies it: voorziening id, aanbieder slug, thema code, kern slug
 * @param slug    the readable URL part (voorzieningen), else the sleutel
 */
@Serdeable
public record Suggestie(Soort soort, String tekst, String sleutel, String slug) {

    public enum Soort {
        VOORZIENING,
        THEMA,
        KERN,
        AANBIEDER
    }
}
