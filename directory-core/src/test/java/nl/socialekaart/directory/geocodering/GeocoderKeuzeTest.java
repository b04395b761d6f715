package nl.socialekaart.directory.geocodering;

import io.micronaut.context.ApplicationContext;
import nl.socialekaart.directory.testdata.ZonderTestomgeving;
import nl.socialekaart.directory.DirectoryConfiguration;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The setting {@code sociale-kaart.directory.geocoder} picks the one {@link Geocoder}; without starting the app. */
class GeocoderKeuzeTest {

    @Test
    void defaultsToTheOfflineGazetteerAndThePublicLocatieserverUrl() {
        try (ApplicationContext context = context(Map.of())) {
            DirectoryConfiguration configuration = context.getBean(DirectoryConfiguration.class);

            assertEquals(GeocoderSoort.GAZETTEER, configuration.geocoder());
            assertEquals("https://api.pdok.nl/bzk/locatieserver", configuration.pdokUrl());
        }
    }

    @Test
    void pdokSettingMakesTheLocatieserverAdapterTheOnlyGeocoder() {
        try (ApplicationContext context = context(Map.of(
                "sociale-kaart.directory.geocoder", "pdok",
                "sociale-kaart.directory.pdok-url", "http://127.0.0.1:9/locatieserver"))) {

            assertInstanceOf(PdokLocatieserverGeocoder.class, context.getBean(Geocoder.class));
            assertEquals(1, context.getBeansOfType(Geocoder.class).size());
        }
    }

    private static ApplicationContext context(Map<String, Object> eigenschappen) {
        return ZonderTestomgeving.start(eigenschappen);
    }
}
