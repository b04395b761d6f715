package nl.socialekaart.portal.beheer;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import nl.socialekaart.directory.demo.DemoGebruikers;

import java.util.Map;

/** Logs in to beheer over HTTP, as a browser does, and gives the session cookie for later requests. */
public final class Inloggen {

    public static final String COOKIE = "SOCIALE_KAART_SESSIE";

    private Inloggen() {
    }

    /** The Cookie header value for a demo account (demo password). */
    public static String als(BlockingHttpClient client, String email) {
        return als(client, email, DemoGebruikers.WACHTWOORD);
    }

    public static String als(BlockingHttpClient client, String email, String wachtwoord) {
        HttpResponse<String> antwoord = post(client, email, wachtwoord);
        String setCookie = antwoord.getHeaders().getAll("Set-Cookie").stream()
                .filter(c -> c.startsWith(COOKIE + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("geen sessiecookie na inloggen als " + email + ": "
                        + antwoord.getStatus()));
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** The login form's response, also when it refuses. */
    public static HttpResponse<String> post(BlockingHttpClient client, String email, String wachtwoord) {
        try {
            return client.exchange(HttpRequest.POST("/beheer/inloggen", Map.of("email", email, "wachtwoord", wachtwoord))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> antwoord = (HttpResponse<String>) e.getResponse();
            return antwoord;
        }
    }
}
