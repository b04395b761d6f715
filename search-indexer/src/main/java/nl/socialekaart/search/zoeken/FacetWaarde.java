package nl.socialekaart.search.zoeken;

/** One value of a facet with the number of results it would give, and whether it is chosen now. */
public record FacetWaarde(String waarde, long aantal, boolean gekozen) {
}
