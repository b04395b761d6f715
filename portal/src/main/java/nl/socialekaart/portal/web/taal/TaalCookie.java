package nl.socialekaart.portal.web.taal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;

/** Remembers a language chosen with ?lang= in a functional cookie (no tracking: only "nl" or "en"). */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class TaalCookie {

    @ResponseFilter
    public void onthoud(HttpRequest<?> request, MutableHttpResponse<?> response) {
        TaalKeuze.gekend(request.getParameters().get("lang")).ifPresent(taal -> response.cookie(
                Cookie.of(TaalKeuze.COOKIE, taal.getLanguage()).path("/").maxAge(Duration.ofDays(365))
                        .httpOnly(true).sameSite(SameSite.Lax)));
    }
}
