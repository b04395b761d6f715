package nl.socialekaart.directory;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.socialekaart.directory.geocodering.GeocoderSoort;

import java.util.List;

/**
 * Settings of the directory module ({@code sociale-kaart.directory.*}).
 *
 * @param demoBestanden classpath resources loaded as demo data in the {@code demo} environment
 * @param geocoder      which geocoder turns postcodes, addresses and place names into points:
 *                      {@code gazetteer} (offline, from the kernen and locaties in the database) or
 *                      {@code pdok} (the PDOK Locatieserver, every Dutch address; needs the network)
 * @param pdokUrl       base URL of the PDOK Locatieserver, without {@code /search/v3_1/free}
 */
@ConfigurationProperties("sociale-kaart.directory")
public record DirectoryConfiguration(
        @Bindable(defaultValue = "demo/lingewaard.json,demo/vijfheerenlanden.json") List<String> demoBestanden,
        @Bindable(defaultValue = "gazetteer") @NotNull GeocoderSoort geocoder,
        @Bindable(defaultValue = "https://api.pdok.nl/bzk/locatieserver")
        @NotNull @Pattern(regexp = "https?://\\S+", message = "Een http(s)-adres, zoals https://api.pdok.nl/bzk/locatieserver.")
        String pdokUrl) {
}
