package nl.socialekaart.portal;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Settings of the portal ({@code sociale-kaart.portal.*}).
 *
 * @param gemeenteNaam  shown in the header and page titles
 * @param kaartlaagUrl  tile URL template of the background map (default PDOK BRT-Achtergrondkaart)
 * @param kaartlaagBron attribution shown on the map for that layer
 */
@ConfigurationProperties("sociale-kaart.portal")
public record PortalConfiguration(String gemeenteNaam, String kaartlaagUrl, String kaartlaagBron) {
}
