package nl.socialekaart.search.zoeken;

import nl.socialekaart.directory.geocodering.Punt;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;

import java.util.OptionalDouble;

/** How far a voorziening is from a point: to its nearest locatie, as the crow flies (haversine). */
public final class Afstand {

    private static final double AARDSTRAAL_KM = 6371.0088;

    private Afstand() {
    }

    public static OptionalDouble km(Punt vanaf, VoorzieningWeergave voorziening) {
        return voorziening.locaties().stream()
                .mapToDouble(l -> km(vanaf, l.punt().lat(), l.punt().lon()))
                .min();
    }

    static double km(Punt vanaf, double lat, double lon) {
        double dLat = Math.toRadians(lat - vanaf.lat());
        double dLon = Math.toRadians(lon - vanaf.lon());
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(vanaf.lat())) * Math.cos(Math.toRadians(lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * AARDSTRAAL_KM * Math.asin(Math.sqrt(a));
    }
}
