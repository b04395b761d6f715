package nl.socialekaart.directory.geocodering;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.DirectoryConfiguration;

import javax.sql.DataSource;

/**
 * Makes the one {@link Geocoder} the configuration asks for. A factory rather than two conditional beans,
 * so there is always exactly one, and the gazetteer does not need a database connection pool when PDOK is
 * chosen (or the reverse).
 */
@Factory
class GeocoderFactory {

    @Singleton
    Geocoder geocoder(DirectoryConfiguration configuration, BeanProvider<DataSource> dataSource,
                      JsonMapper jsonMapper) {
        return switch (configuration.geocoder()) {
            case GAZETTEER -> new GazetteerGeocoder(dataSource.get());
            case PDOK -> new PdokLocatieserverGeocoder(configuration.pdokUrl(), jsonMapper);
        };
    }
}
