package nl.socialekaart.directory.geocodering;

import nl.socialekaart.directory.locatie.Locatie;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class LocatieGeocoderingTest {

    private static final Locatie DORPSHUIS = new Locatie(UUID.randomUUID(), "Dorpshuis", "Walstraat", "14", "6691 HR",
            "Gendt", UUID.randomUUID(), 51.87, 5.96, true, null, null, null, 3L);

    @Test
    void anAddressMatchStoresPointBagIdWijkAndBuurt() {
        Geocoder adres = invoer -> Optional.of(new GeocodeerResultaat(new Punt(51.8771, 5.9702), "Walstraat 14, Gendt",
                "6691 HR", "gendt", "0000200000012345", "WK170501", "BU17050103", Nauwkeurigheid.ADRES));

        Locatie geplaatst = new LocatieGeocodering(adres).plaats(DORPSHUIS);

        assertEquals(51.8771, geplaatst.latitude());
        assertEquals(5.9702, geplaatst.longitude());
        assertEquals("0000200000012345", geplaatst.bagId());
        assertEquals("WK170501", geplaatst.wijkcode());
        assertEquals("BU17050103", geplaatst.buurtcode());
        assertEquals(3L, geplaatst.version(), "same version: the save decides whether it is stale");
    }

    @Test
    void aPostcodeOrPlaceMatchLeavesTheLocatieAlone() {
        Geocoder grof = invoer -> Optional.of(new GeocodeerResultaat(new Punt(51.88, 5.97), "Gendt", null, "gendt",
                null, null, null, Nauwkeurigheid.PLAATS));

        assertSame(DORPSHUIS, new LocatieGeocodering(grof).plaats(DORPSHUIS));
        assertSame(DORPSHUIS, new LocatieGeocodering(invoer -> Optional.empty()).plaats(DORPSHUIS));
    }

    @Test
    void asksForTheWholeAddress() {
        assertEquals("Walstraat 14, 6691 HR, Gendt", LocatieGeocodering.adres(DORPSHUIS));
    }
}
