package nl.socialekaart.directory;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

/**
 * Settings of the directory module ({@code sociale-kaart.directory.*}).
 *
 * @param demoBestanden classpath resources loaded as demo data in the {@code demo} environment
 */
@ConfigurationProperties("sociale-kaart.directory")
public record DirectoryConfiguration(
        @Bindable(defaultValue = "demo/lingewaard.json,demo/vijfheerenlanden.json") List<String> demoBestanden) {
}
