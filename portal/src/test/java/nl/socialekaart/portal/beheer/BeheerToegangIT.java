package nl.socialekaart.portal.beheer;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.gebruiker.Gebruiker;
import nl.socialekaart.directory.gebruiker.Gebruikers;
import nl.socialekaart.directory.gebruiker.Rol;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may enter beheer: login, the brake on guessing, roles on every route, and forged form posts. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeheerToegangIT implements MetEmbeddedStack {

    private static final Map<Rol, String> ACCOUNTS = new EnumMap<>(Map.of(
            Rol.BEHEERDER, DemoGebruikers.BEHEERDER, Rol.REDACTEUR, DemoGebruikers.REDACTEUR,
            Rol.AANBIEDER, DemoGebruikers.AANBIEDER, Rol.PROFESSIONAL, DemoGebruikers.PROFESSIONAL));

    @Inject
    @Client("/")
    HttpClient http;

    @Inject Router router;
    @Inject Gebruikers gebruikers;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        HttpResponse<String> antwoord = verstuur(HttpRequest.GET("/beheer").accept(MediaType.TEXT_HTML_TYPE));

        assertEquals(HttpStatus.SEE_OTHER, antwoord.getStatus());
        assertEquals("/beheer/inloggen", antwoord.getHeaders().get("Location"));
        assertTrue(verstuur(HttpRequest.GET("/beheer/inloggen")).body().contains("Inloggen voor beheer"));
    }

    @Test
    void loggedInRedacteurSeesBeheerWithNameAndMenu() {
        String cookie = Inloggen.als(client(), DemoGebruikers.REDACTEUR);

        HttpResponse<String> antwoord = verstuur(HttpRequest.GET("/beheer").header("Cookie", cookie));

        assertEquals(HttpStatus.OK, antwoord.getStatus());
        assertTrue(antwoord.body().contains("Ruud Redacteur"), antwoord.body());
        assertTrue(antwoord.body().contains("href=\"/beheer/beoordelen\""));
        assertFalse(antwoord.body().contains("href=\"/beheer/gebruikers\""), "gebruikersbeheer is voor beheerders");
    }

    @Test
    void sessionCookieIsHttpOnlyStrictAndSecure() {
        HttpResponse<String> antwoord = Inloggen.post(client(), DemoGebruikers.BEHEERDER, DemoGebruikers.WACHTWOORD);

        String cookie = antwoord.getHeaders().get("Set-Cookie");
        assertEquals(HttpStatus.SEE_OTHER, antwoord.getStatus());
        assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Secure"), cookie);
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithADutchMessage() {
        HttpResponse<String> antwoord = Inloggen.post(client(), DemoGebruikers.AANBIEDER, "verkeerd-wachtwoord");

        assertEquals(HttpStatus.UNAUTHORIZED, antwoord.getStatus());
        assertTrue(antwoord.getBody(String.class).orElse("").contains("Het e-mailadres of het wachtwoord klopt niet."));
        assertFalse(antwoord.getHeaders().getAll("Set-Cookie").stream().anyMatch(c -> c.startsWith(Inloggen.COOKIE)));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() {
        String email = "geraden@demo.socialekaart.nl";
        for (int i = 0; i < 5; i++) {
            assertEquals(HttpStatus.UNAUTHORIZED, Inloggen.post(client(), email, "gok-" + i).getStatus());
        }

        HttpResponse<String> antwoord = Inloggen.post(client(), email, "nog-een-gok");

        assertEquals(HttpStatus.TOO_MANY_REQUESTS, antwoord.getStatus());
        assertTrue(antwoord.getBody(String.class).orElse("").contains("te vaak een verkeerd wachtwoord"));
    }

    @Test
    void formPostedFromAnotherSiteIsRefused() {
        String cookie = Inloggen.als(client(), DemoGebruikers.BEHEERDER);

        HttpResponse<String> vanElders = verstuur(HttpRequest.POST("/beheer/uitloggen", "")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Cookie", cookie).header("Origin", "https://kwaadwillend.example"));
        HttpResponse<String> crossSite = verstuur(HttpRequest.POST("/beheer/inloggen", Map.of("email", "x", "wachtwoord", "y"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Sec-Fetch-Site", "cross-site"));

        assertEquals(HttpStatus.FORBIDDEN, vanElders.getStatus());
        assertTrue(vanElders.body().contains("niet van deze website"));
        assertEquals(HttpStatus.FORBIDDEN, crossSite.getStatus());
    }

    @Test
    void logoutEndsTheSession() {
        String cookie = Inloggen.als(client(), DemoGebruikers.BEHEERDER);

        HttpResponse<String> uit = verstuur(HttpRequest.POST("/beheer/uitloggen", "")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Cookie", cookie));

        assertEquals(HttpStatus.SEE_OTHER, uit.getStatus());
        assertTrue(uit.getHeaders().getAll("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(Inloggen.COOKIE + "=;") || c.contains("Max-Age=0")), uit.getHeaders().getAll("Set-Cookie").toString());
    }

    @Test
    void aCopiedCookieStopsWorkingWhenItsOwnerLogsOut() {
        String cookie = Inloggen.als(client(), DemoGebruikers.REDACTEUR);
        assertEquals(HttpStatus.OK, verstuur(HttpRequest.GET("/beheer").header("Cookie", cookie)).getStatus());

        verstuur(HttpRequest.POST("/beheer/uitloggen", "").contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Cookie", cookie));

        HttpResponse<String> gekopieerd = verstuur(HttpRequest.GET("/beheer").header("Cookie", cookie).accept(MediaType.TEXT_HTML_TYPE));
        assertEquals(HttpStatus.SEE_OTHER, gekopieerd.getStatus());
        assertEquals("/beheer/inloggen", gekopieerd.getHeaders().get("Location"));
        String opnieuw = Inloggen.als(client(), DemoGebruikers.REDACTEUR);
        assertEquals(HttpStatus.OK, verstuur(HttpRequest.GET("/beheer").header("Cookie", opnieuw)).getStatus());
    }

    @Test
    void deactivatingAnAccountOrGivingItANewPasswordEndsItsSessionsAtOnce() {
        Gebruiker eerste = gebruikers.maak("tijdelijk-" + UUID.randomUUID() + "@example.nl", "Tijdelijke Redacteur",
                "een-lang-wachtwoord-1", Rol.REDACTEUR, null, null);
        Gebruiker tweede = gebruikers.maak("tijdelijk-" + UUID.randomUUID() + "@example.nl", "Tweede Redacteur",
                "een-lang-wachtwoord-2", Rol.REDACTEUR, null, null);
        String sessieEerste = Inloggen.als(client(), eerste.email(), "een-lang-wachtwoord-1");
        String sessieTweede = Inloggen.als(client(), tweede.email(), "een-lang-wachtwoord-2");
        String beheerder = Inloggen.als(client(), DemoGebruikers.BEHEERDER);
        assertEquals(HttpStatus.OK, verstuur(HttpRequest.GET("/beheer").header("Cookie", sessieEerste)).getStatus());

        verstuur(HttpRequest.POST("/beheer/gebruikers/" + eerste.id() + "/deactiveren", Map.of("version", "" + eerste.version()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Cookie", beheerder));
        verstuur(HttpRequest.POST("/beheer/gebruikers/" + tweede.id() + "/wachtwoord", Map.of("version", "" + tweede.version()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Cookie", beheerder));

        assertEquals(HttpStatus.SEE_OTHER, verstuur(HttpRequest.GET("/beheer").header("Cookie", sessieEerste)
                .accept(MediaType.TEXT_HTML_TYPE)).getStatus());
        assertEquals(HttpStatus.SEE_OTHER, verstuur(HttpRequest.GET("/beheer").header("Cookie", sessieTweede)
                .accept(MediaType.TEXT_HTML_TYPE)).getStatus());
        assertEquals(HttpStatus.OK, verstuur(HttpRequest.GET("/beheer").header("Cookie", beheerder)).getStatus());
    }

    /**
     * Every route under /beheer and /professional, found from the router (so routes added later are
     * covered too): it must name its roles with @Secured, refuse anonymous visitors, and refuse every
     * role it does not name.
     */
    @Test
    void everyBeheerRouteRefusesAnonymousUsersAndWrongRoles() {
        Map<Rol, String> cookies = new EnumMap<>(Rol.class);
        ACCOUNTS.forEach((rol, email) -> cookies.put(rol, Inloggen.als(client(), email)));
        List<String> fouten = new ArrayList<>();
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(r -> pad(r).startsWith("/beheer") || pad(r).startsWith("/professional"))
                // logging in and out is for everyone
                .filter(r -> !pad(r).equals("/beheer/inloggen") && !pad(r).equals("/beheer/uitloggen"))
                .<UriRouteInfo<?, ?>>map(r -> r).toList();
        assertTrue(routes.size() >= 2, "routes gevonden: " + routes.size());

        for (UriRouteInfo<?, ?> route : routes) {
            String naam = route.getHttpMethod() + " " + pad(route);
            AnnotationMetadata metadata = route.getTargetMethod().getAnnotationMetadata();
            Set<String> rollen = new HashSet<>(List.of(metadata.stringValues(Secured.class)));
            if (rollen.isEmpty()) {
                fouten.add(naam + " heeft geen @Secured met rollen");
                continue;
            }
            HttpStatus anoniem = verstuur(verzoek(route)).getStatus();
            if (anoniem != HttpStatus.SEE_OTHER && anoniem != HttpStatus.UNAUTHORIZED) {
                fouten.add(naam + " anoniem: " + anoniem);
            }
            for (Rol rol : Rol.values()) {
                if (!rollen.contains(rol.name())) {
                    HttpStatus status = verstuur(verzoek(route).header("Cookie", cookies.get(rol))).getStatus();
                    if (status != HttpStatus.FORBIDDEN) {
                        fouten.add(naam + " als " + rol + ": " + status);
                    }
                }
            }
        }
        assertTrue(fouten.isEmpty(), String.join("\n", fouten));
    }

    private static String pad(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toPathString();
    }

    /** The route with every path variable filled in; a body for methods that take one. */
    private static MutableHttpRequest<Object> verzoek(UriRouteInfo<?, ?> route) {
        String uri = pad(route).replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
        HttpMethod methode = route.getHttpMethod();
        MutableHttpRequest<Object> verzoek = HttpRequest.create(methode, uri);
        if (methode == HttpMethod.POST || methode == HttpMethod.PUT || methode == HttpMethod.PATCH) {
            verzoek.body(Map.of()).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        }
        return verzoek;
    }

    private HttpResponse<String> verstuur(MutableHttpRequest<?> verzoek) {
        try {
            return client().exchange(verzoek, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> antwoord = (HttpResponse<String>) e.getResponse();
            return antwoord;
        }
    }
}
