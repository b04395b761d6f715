package nl.socialekaart.portal.web.taal;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of the interface: Dutch unless asked otherwise, by {@code ?lang=en} (remembered in the
 * functional cookie {@value #COOKIE}) or a browser that prefers English over Dutch. Only nl and en exist; the
 * content itself is always Dutch. The staff's side (beheer, professionals) exists in Dutch only, so it never
 * mixes in English labels there.
 */
@Singleton
public class TaalKeuze implements HttpLocaleResolver {

    public static final String COOKIE = "taal";
    public static final Locale NL = Locale.of("nl");
    public static final Locale EN = Locale.ENGLISH;

    @Override
    public @NonNull Optional<Locale> resolve(@NonNull HttpRequest<?> request) {
        return Optional.of(taal(request));
    }

    @Override
    public @NonNull Locale resolveOrDefault(@NonNull HttpRequest<?> request) {
        return taal(request);
    }

    public static Locale taal(HttpRequest<?> request) {
        String pad = request.getPath();
        if (pad.startsWith("/beheer") || pad.startsWith("/professional")) {
            return NL;
        }
        Optional<Locale> gevraagd = gekend(request.getParameters().get("lang"));
        if (gevraagd.isPresent()) {
            return gevraagd.get();
        }
        Optional<Locale> onthouden = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(TaalKeuze::gekend);
        if (onthouden.isPresent()) {
            return onthouden.get();
        }
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage(request))) {
            String taal = range.getRange().split("-")[0];
            if (taal.equals("nl")) {
                return NL;
            }
            if (taal.equals("en")) {
                return EN;
            }
        }
        return NL;
    }

    static Optional<Locale> gekend(String code) {
        if ("en".equals(code)) {
            return Optional.of(EN);
        }
        return "nl".equals(code) ? Optional.of(NL) : Optional.empty();
    }

    private static String acceptLanguage(HttpRequest<?> request) {
        String waarde = request.getHeaders().get("Accept-Language");
        try {
            return waarde == null || waarde.isBlank() ? "nl" : (Locale.LanguageRange.parse(waarde).isEmpty() ? "nl" : waarde);
        } catch (IllegalArgumentException e) {
            return "nl";
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
