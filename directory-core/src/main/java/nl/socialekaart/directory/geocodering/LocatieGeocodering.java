package nl.socialekaart.directory.geocodering;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.locatie.Locatie;

import java.util.StringJoiner;

/**
 * Places a locatie by its address: its point, and the BAG id and CBS wijk and buurt when the geocoder knows
 * them. Only an address-level match moves the locatie; a postcode or place match is too coarse to overwrite a
 * point someone may have set by hand, and carries no BAG id.
 */
@Singleton
public class LocatieGeocodering {

    private final Geocoder geocoder;

    public LocatieGeocodering(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    /** @return the locatie placed at its address, or unchanged when the address is not found exactly */
    public Locatie plaats(Locatie locatie) {
        return geocoder.zoek(adres(locatie))
                .filter(r -> r.nauwkeurigheid() == Nauwkeurigheid.ADRES)
                .map(r -> new Locatie(locatie.id(), locatie.naam(), locatie.straat(), locatie.huisnummer(),
                        locatie.postcode(), locatie.plaats(), locatie.kernId(), r.punt().lat(), r.punt().lon(),
                        locatie.rolstoeltoegankelijk(), r.bagId(), r.wijkcode(), r.buurtcode(), locatie.version()))
                .orElse(locatie);
    }

    static String adres(Locatie locatie) {
        StringJoiner adres = new StringJoiner(", ");
        if (locatie.straat() != null) {
            adres.add(locatie.straat() + (locatie.huisnummer() == null ? "" : " " + locatie.huisnummer()));
        }
        if (locatie.postcode() != null) {
            adres.add(locatie.postcode());
        }
        if (locatie.plaats() != null) {
            adres.add(locatie.plaats());
        }
        return adres.toString();
    }
}
