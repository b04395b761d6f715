package nl.socialekaart.search.zoeken;

import io.micronaut.core.annotation.Nullable;
import nl.socialekaart.directory.geocodering.Punt;

/**
 * Where to search. Each part is optional: a point to measure distance from (the resident's location, or a
 * postcode or kern turned into a point), a radius around it, and the visible map area.
 */
public record Plaats(@Nullable Punt punt, @Nullable Double straalKm, @Nullable Kader kader) {

    public static final Plaats OVERAL = new Plaats(null, null, null);
    public static final double MAXIMALE_STRAAL_KM = 300;

    public Plaats {
        if (straalKm != null && punt == null) {
            throw new OngeldigeZoekvraagException("straal_km", "kan alleen met een plek (lat en lon, of bij)");
        }
        if (straalKm != null && !(straalKm > 0 && straalKm <= MAXIMALE_STRAAL_KM)) {
            throw new OngeldigeZoekvraagException("straal_km", "moet groter dan 0 en hoogstens " + (int) MAXIMALE_STRAAL_KM + " zijn");
        }
    }
}
