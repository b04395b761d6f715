package nl.socialekaart.portal.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Settings of the portal ({@code sociale-kaart.portal.*}); defaults in application.yml.
 *
 * @param gemeenteNaam     shown in the header and page titles
 * @param kaartlaagUrl     tile URL template of the background map (default PDOK BRT-Achtergrondkaart)
 * @param kaartlaagBron    attribution shown on the map for that layer
 * @param basisUrl         public address of the site, for canonical links, the sitemap and share links
 * @param tijdzone         the zone of the opening hours ("nu open")
 * @param routeplannerUrl  route link template with {lat} and {lon}
 * @param logoUrl          optional logo image (e.g. under /static or on the tile host's origin: CSP img-src)
 * @param kleuren          brand colours, served as CSS custom properties in /huisstijl.css
 * @param formulierSleutel secret that signs the time token of public forms; random per start when empty,
 *                         so set it when several instances serve the portal
 */
@ConfigurationProperties("sociale-kaart.portal")
public record PortalConfiguration(String gemeenteNaam, String kaartlaagUrl, String kaartlaagBron, String basisUrl,
                                  String tijdzone, String routeplannerUrl, @Nullable String logoUrl, Kleuren kleuren,
                                  @Nullable String formulierSleutel) {

    /** The colours a gemeente brands the portal with (CSS colour values). */
    @ConfigurationProperties("kleuren")
    public record Kleuren(String primair, String primairDonker, String focus) {
    }
}
