package nl.socialekaart.portal.publiek.zoeken;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import nl.socialekaart.directory.geocodering.Geocoder;
import nl.socialekaart.directory.geocodering.Punt;
import nl.socialekaart.search.zoeken.Kader;
import nl.socialekaart.search.zoeken.OngeldigeZoekvraagException;
import nl.socialekaart.search.zoeken.Plaats;
import nl.socialekaart.search.zoeken.Sortering;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads where to search from the query string: {@code lat} + {@code lon} (the browser's location), or
 * {@code bij} (a postcode or place, through the geocoder); {@code straal_km}; {@code kader=zuid,west,noord,oost}
 * (the visible map area); {@code sortering=afstand|relevantie}. With a point and no sortering, nearest first.
 */
public final class PlaatsParameters {

    private PlaatsParameters() {
    }

    /** @param plaats where; {@code nietGevonden} holds a {@code bij} the geocoder did not know, for the page to say so */
    public record Keuze(Plaats plaats, Sortering sortering, @Nullable String nietGevonden) {
    }

    /** Strict: any unusable value is a 400 naming it. */
    public static Keuze streng(HttpParameters parameters, Geocoder geocoder) {
        Optional<String> bij = tekst(parameters, "bij");
        Punt punt = punt(parameters).orElse(null);
        if (punt == null && bij.isPresent()) {
            punt = geocoder.zoek(bij.get()).map(r -> r.punt())
                    .orElseThrow(() -> new OngeldigeZoekvraagException("bij", "is geen postcode of plaats die we kennen"));
        }
        return keuze(parameters, punt);
    }

    /** Forgiving, for pages: what cannot be used is left out, and an unknown place is reported, not refused. */
    public static Keuze mild(HttpParameters parameters, Geocoder geocoder) {
        try {
            return streng(parameters, geocoder);
        } catch (OngeldigeZoekvraagException e) {
            String onbekend = "bij".equals(e.parameter()) ? tekst(parameters, "bij").orElse(null) : null;
            return new Keuze(Plaats.OVERAL, Sortering.RELEVANTIE, onbekend);
        }
    }

    private static Keuze keuze(HttpParameters parameters, @Nullable Punt punt) {
        Double straal = tekst(parameters, "straal_km").map(w -> getal("straal_km", w)).orElse(null);
        Kader kader = tekst(parameters, "kader").map(PlaatsParameters::kader).orElse(null);
        Sortering sortering = tekst(parameters, "sortering").map(PlaatsParameters::sortering)
                .orElse(punt == null ? Sortering.RELEVANTIE : Sortering.AFSTAND);
        return new Keuze(new Plaats(punt, straal, kader), sortering, null);
    }

    private static Optional<Punt> punt(HttpParameters parameters) {
        Optional<String> lat = tekst(parameters, "lat");
        Optional<String> lon = tekst(parameters, "lon");
        if (lat.isEmpty() && lon.isEmpty()) {
            return Optional.empty();
        }
        if (lat.isEmpty() || lon.isEmpty()) {
            throw new OngeldigeZoekvraagException(lat.isEmpty() ? "lat" : "lon", "hoort bij " + (lat.isEmpty() ? "lon" : "lat"));
        }
        try {
            return Optional.of(new Punt(getal("lat", lat.get()), getal("lon", lon.get())));
        } catch (IllegalArgumentException e) {
            throw new OngeldigeZoekvraagException("lat", "en lon moeten een plek op aarde zijn");
        }
    }

    private static Kader kader(String waarde) {
        String[] delen = waarde.split(",");
        if (delen.length != 4) {
            throw new OngeldigeZoekvraagException("kader", "moet vier getallen zijn: zuid,west,noord,oost");
        }
        return new Kader(getal("kader", delen[0]), getal("kader", delen[1]), getal("kader", delen[2]), getal("kader", delen[3]));
    }

    private static Sortering sortering(String waarde) {
        try {
            return Sortering.valueOf(waarde.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OngeldigeZoekvraagException("sortering", "moet afstand of relevantie zijn");
        }
    }

    private static double getal(String parameter, String waarde) {
        try {
            double getal = Double.parseDouble(waarde.strip());
            if (!Double.isFinite(getal)) {
                throw new NumberFormatException();
            }
            return getal;
        } catch (NumberFormatException e) {
            throw new OngeldigeZoekvraagException(parameter, "moet een getal zijn");
        }
    }

    private static Optional<String> tekst(HttpParameters parameters, String naam) {
        return Optional.ofNullable(parameters.get(naam)).map(String::strip).filter(w -> !w.isEmpty());
    }
}
