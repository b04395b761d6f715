package nl.socialekaart.directory.geocodering;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.locatie.Locatie;
import nl.socialekaart.directory.locatie.LocatieRepository;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.testdata.TestAanbod;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GazetteerGeocoderIT implements MetEmbeddedStack {

    private static final double MARGE = 1e-6;

    @Inject Geocoder geocoder;
    @Inject LocatieRepository locaties;
    @Inject VoorzieningRepository voorzieningen;
    @Inject VoorzieningWeergaveReader weergaven;
    @Inject TestAanbod aanbod;
    @Inject DataSource dataSource;

    @Test
    void isTheDefaultGeocoder() {
        assertInstanceOf(GazetteerGeocoder.class, geocoder);
    }

    @Test
    void findsTheLocatieOfAFullPostcodeWrittenAnyWay() {
        for (String invoer : List.of("6851 AE", "6851ae", "  6851AE ", "6851 ae Huissen")) {
            GeocodeerResultaat resultaat = geocoder.zoek(invoer).orElseThrow(() -> new AssertionError(invoer));

            assertPunt(51.94297, 5.93743, resultaat.punt());
            assertEquals(Nauwkeurigheid.POSTCODE, resultaat.nauwkeurigheid(), invoer);
            assertEquals("6851 AE", resultaat.postcode());
            assertEquals("huissen", resultaat.kern());
            assertEquals("6851 AE Huissen", resultaat.weergavenaam());
        }
    }

    @Test
    void findsTheAddressOfAPostcodeWithHuisnummer() {
        GeocodeerResultaat langestraat = geocoder.zoek("6851 AE 72").orElseThrow();
        assertEquals(Nauwkeurigheid.ADRES, langestraat.nauwkeurigheid());
        assertEquals("Langestraat 72, 6851 AE Huissen", langestraat.weergavenaam());
        assertPunt(51.94297, 5.93743, langestraat.punt());

        GeocodeerResultaat gildestraat = geocoder.zoek("6852JW, 3 A").orElseThrow();
        assertEquals("Gildestraat 3a, 6852 JW Huissen", gildestraat.weergavenaam());
    }

    @Test
    void aHuisnummerNobodyHasGivesThePostcode() {
        GeocodeerResultaat resultaat = geocoder.zoek("6851 AE 999").orElseThrow();

        assertEquals(Nauwkeurigheid.POSTCODE, resultaat.nauwkeurigheid());
        assertEquals("6851 AE", resultaat.postcode());
    }

    @Test
    void findsAStreetWithNumberInThePlaceNamed() {
        GeocodeerResultaat huissen = geocoder.zoek("kerkstraat 5, Huissen").orElseThrow();
        assertEquals(Nauwkeurigheid.ADRES, huissen.nauwkeurigheid());
        assertEquals("huissen", huissen.kern());
        assertPunt(51.93908, 5.94074, huissen.punt());

        GeocodeerResultaat doornenburg = geocoder.zoek("Kerkstraat 19 Doornenburg").orElseThrow();
        assertEquals("doornenburg", doornenburg.kern());
        assertEquals("6686 BN", doornenburg.postcode());
    }

    @Test
    void anUnknownAddressInAKnownPlaceGivesThePlace() {
        GeocodeerResultaat resultaat = geocoder.zoek("Kerkstraat 999 Gendt").orElseThrow();

        assertEquals(Nauwkeurigheid.PLAATS, resultaat.nauwkeurigheid());
        assertEquals("gendt", resultaat.kern());
    }

    @Test
    void averagesTheLocatiesOfAPc4Area() {
        // computed from what is in the database, as other test classes add locaties with 6851 AB too
        List<Locatie> in6851 = StreamSupport.stream(locaties.findAll().spliterator(), false)
                .filter(l -> l.postcode() != null && l.postcode().startsWith("6851"))
                .toList();

        GeocodeerResultaat resultaat = geocoder.zoek("6851").orElseThrow();

        assertTrue(in6851.size() >= 5, "demo locaties in 6851: " + in6851.size());
        assertPunt(in6851.stream().mapToDouble(Locatie::latitude).average().orElseThrow(),
                in6851.stream().mapToDouble(Locatie::longitude).average().orElseThrow(), resultaat.punt());
        assertEquals(Nauwkeurigheid.POSTCODE, resultaat.nauwkeurigheid());
        assertNull(resultaat.postcode(), "several postcodes in 6851");
    }

    @Test
    void aPc4AreaInOneKernNamesIt() {
        GeocodeerResultaat resultaat = geocoder.zoek("6691").orElseThrow();

        assertEquals("gendt", resultaat.kern());
        assertEquals("6691 Gendt", resultaat.weergavenaam());
        assertPunt((51.87813 + 51.87464 + 51.87468 + 51.87072) / 4, (5.96979 + 5.97579 + 5.96447 + 5.96178) / 4,
                resultaat.punt());
    }

    @Test
    void aFullPostcodeNoLocatieHasGivesItsPc4Area() {
        GeocodeerResultaat resultaat = geocoder.zoek("6691 ZZ").orElseThrow();

        assertEquals(geocoder.zoek("6691").orElseThrow().punt(), resultaat.punt());
        assertEquals(Nauwkeurigheid.POSTCODE, resultaat.nauwkeurigheid());
    }

    @Test
    void findsKernenByNameInAnyCaseWithOrWithoutPunctuation() {
        GeocodeerResultaat gendt = geocoder.zoek("Gendt").orElseThrow();
        assertEquals(Nauwkeurigheid.PLAATS, gendt.nauwkeurigheid());
        assertEquals("gendt", gendt.kern());
        assertPunt(51.876, 5.969, gendt.punt());

        GeocodeerResultaat heiEnBoeicop = geocoder.zoek("hei- en boeicop").orElseThrow();
        assertEquals("hei-en-boeicop", heiEnBoeicop.kern());
        assertEquals("Hei- en Boeicop", heiEnBoeicop.weergavenaam());

        assertEquals("huissen", geocoder.zoek("HUISSEN").orElseThrow().kern());
        assertEquals("hei-en-boeicop", geocoder.zoek("Héi en Boéicop").orElseThrow().kern());
    }

    @Test
    void findsNothingItDoesNotKnow() {
        assertTrue(geocoder.zoek("9999 ZZ").isEmpty());
        assertTrue(geocoder.zoek("9999").isEmpty());
        assertTrue(geocoder.zoek("Atlantis").isEmpty());
        assertTrue(geocoder.zoek("").isEmpty());
        assertTrue(geocoder.zoek("Nergensstraat 1 Nergenshuizen").isEmpty());
    }

    @Test
    void storesBagIdAndCbsCodesAndShowsThemInTheReadModel() {
        Voorziening voorziening = aanbod.gepubliceerd("Geocodeerde huiskamer", "Koffie en een praatje");
        UUID kernId = aanbod.kern().id();
        Locatie locatie = locaties.save(new Locatie(UUID.randomUUID(), "Wijkcentrum met codes", "Codestraat", "5",
                "1011 AB", "Amsterdam", kernId, 52.37, 4.90, true, "0363200000123456", "WK036300", "BU03630000",
                null));
        voorzieningen.koppelLocatie(voorziening.id(), locatie.id());

        GeocodeerResultaat resultaat = geocoder.zoek("1011AB 5").orElseThrow();
        assertEquals("0363200000123456", resultaat.bagId());
        assertEquals("WK036300", resultaat.wijkcode());
        assertEquals("BU03630000", resultaat.buurtcode());

        VoorzieningWeergave.LocatieWeergave weergave = weergaven.lees(voorziening.id()).orElseThrow().locaties()
                .stream().filter(l -> l.id().equals(locatie.id())).findFirst().orElseThrow();
        assertEquals("0363200000123456", weergave.bagId());
        assertEquals("WK036300", weergave.wijkcode());
        assertEquals("BU03630000", weergave.buurtcode());
    }

    @Test
    void theDatabaseRefusesMalformedCbsCodes() throws SQLException {
        Locatie locatie = locaties.findAll().iterator().next();
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement("update locatie set wijkcode = ? where id = ?")) {
            statement.setString(1, "WK17");
            statement.setObject(2, locatie.id());
            assertThrows(SQLException.class, statement::executeUpdate);
        }
    }

    private static void assertPunt(double lat, double lon, Punt punt) {
        assertEquals(lat, punt.lat(), MARGE, "lat");
        assertEquals(lon, punt.lon(), MARGE, "lon");
    }
}
