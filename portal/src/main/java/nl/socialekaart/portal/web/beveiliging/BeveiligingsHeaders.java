package nl.socialekaart.portal.web.beveiliging;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import nl.socialekaart.portal.web.PortalConfiguration;

import java.net.URI;

/**
 * Security headers on every response. The Content-Security-Policy allows only our own scripts and
 * styles (no inline code) and images from ourselves and the configured map tile server.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class BeveiligingsHeaders {

    private final String contentSecurityPolicy;

    public BeveiligingsHeaders(PortalConfiguration configuration) {
        this.contentSecurityPolicy = String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data: " + oorsprong(configuration.kaartlaagUrl()),
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    @ResponseFilter
    public void voegToe(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", contentSecurityPolicy);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "strict-origin-when-cross-origin");
        response.header("X-Frame-Options", "DENY");
        response.header("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
    }

    /** scheme://host[:port] of the tile URL template (which contains {z}/{x}/{y} and so is no valid URI). */
    static String oorsprong(String urlTemplate) {
        String zonderPad = urlTemplate.replaceFirst("^(https?://[^/]+).*$", "$1");
        return URI.create(zonderPad).toString();
    }
}
