package nl.socialekaart.portal.web.beveiliging;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;

import java.net.URI;
import java.util.Set;

/**
 * CSRF protection for every form and every state-changing request: a browser says where a request
 * comes from (Sec-Fetch-Site, and Origin), and a request that changes something must come from this
 * site itself. This is the header-based defence that OWASP lists and that Go 1.25's
 * CrossOriginProtection implements; it needs no token in each form, so no form can forget it. The
 * login cookie is also SameSite=Strict. Requests without either header do not come from a browser
 * form (curl, other servers) and carry no ambient cookie to abuse, so they pass. See docs/adr/0004.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class HerkomstControle implements Ordered {

    private static final Set<HttpMethod> VEILIG = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @RequestFilter
    @Nullable
    public HttpResponse<?> controleer(HttpRequest<?> request) {
        if (VEILIG.contains(request.getMethod()) || vanDezeSite(request)) {
            return null;
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN_TYPE.toString() + ";charset=utf-8")
                .body("Dit formulier kwam niet van deze website en is daarom niet verwerkt. "
                        + "Open de pagina opnieuw en probeer het nog eens.");
    }

    static boolean vanDezeSite(HttpRequest<?> request) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeaders().getOrigin().orElse(null);
        if (origin == null) {
            return true;
        }
        String host = request.getHeaders().get("Host");
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Before security and body parsing: a forged request is refused before anything reads it. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
