package nl.socialekaart.directory.geocodering;

/** Which {@link Geocoder} runs: the setting {@code sociale-kaart.directory.geocoder}. */
public enum GeocoderSoort {
    /** {@link GazetteerGeocoder}: offline, from the kernen and locaties in the database (the default) */
    GAZETTEER,
    /** {@link PdokLocatieserverGeocoder}: every Dutch address, over the network */
    PDOK
}
