package nl.socialekaart.directory.geocodering;

import io.micronaut.serde.annotation.Serdeable;

/** A WGS84 point, named as {@code VoorzieningWeergave.Punt} and Elasticsearch's geo_point name it. */
@Serdeable
public record Punt(double lat, double lon) {

    public Punt {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("Geen geldig punt: " + lat + ", " + lon);
        }
    }
}
