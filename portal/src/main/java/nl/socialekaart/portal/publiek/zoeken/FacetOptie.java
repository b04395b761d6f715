package nl.socialekaart.portal.publiek.zoeken;

import io.micronaut.serde.annotation.Serdeable;

/** One choosable value of a facet: the value to send, the words to show, how many results it gives. */
@Serdeable
public record FacetOptie(String waarde, String label, long aantal, boolean gekozen) {
}
