package nl.socialekaart.directory.geocodering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.Objects;

/**
 * What a {@link Geocoder} found.
 *
 * @param punt           where it is
 * @param weergavenaam   how to show it ("Langestraat 72, 6851 AE Huissen", "6851 Huissen", "Gendt")
 * @param postcode       the full postcode, as "6851 AE", when the match lies in exactly one
 * @param kern           the slug of the kern, when the geocoder knows the kernen (the gazetteer does)
 * @param bagId          the BAG nummeraanduiding id (16 digits) of an address, when known
 * @param wijkcode       the CBS wijkcode, as WK170500, when known
 * @param buurtcode      the CBS buurtcode, as BU17050000, when known
 * @param nauwkeurigheid how precise the match is
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record GeocodeerResultaat(
        Punt punt,
        String weergavenaam,
        @Nullable String postcode,
        @Nullable String kern,
        @Nullable String bagId,
        @Nullable String wijkcode,
        @Nullable String buurtcode,
        Nauwkeurigheid nauwkeurigheid) {

    public GeocodeerResultaat {
        Objects.requireNonNull(punt, "punt");
        Objects.requireNonNull(weergavenaam, "weergavenaam");
        Objects.requireNonNull(nauwkeurigheid, "nauwkeurigheid");
    }
}
