package nl.socialekaart.directory.geocodering;

import java.util.Optional;

/**
 * Turns what a resident types into a point on the map: a postcode ("6851 AB", "6851ab", "6851"), a
 * postcode with huisnummer ("6851 AE 72"), a street with number and place ("Langestraat 72, Huissen")
 * or a kern or place name ("Hei- en Boeicop"). Exactly one implementation is active, chosen by
 * {@code sociale-kaart.directory.geocoder} (see {@link GeocoderFactory}).
 */
public interface Geocoder {

    /**
     * @return the best match, or empty when the input is not recognised or the source cannot be reached;
     *         never throws for either
     */
    Optional<GeocodeerResultaat> zoek(String invoer);
}
