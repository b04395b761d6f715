package nl.socialekaart.directory.geocodering;

/** How precisely a {@link GeocodeerResultaat} points at what was asked, from precise to coarse. */
public enum Nauwkeurigheid {
    /** one address (street, huisnummer) */
    ADRES,
    /** a postcode area: a full postcode or its four digits */
    POSTCODE,
    /** a kern or woonplaats, as its centroid */
    PLAATS
}
