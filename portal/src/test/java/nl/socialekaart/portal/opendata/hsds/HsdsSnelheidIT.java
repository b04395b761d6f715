package nl.socialekaart.portal.opendata.hsds;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client over its per-minute share gets 429 with Retry-After; other routes are not limited. */
@MicronautTest(transactional = false)
@Property(name = "sociale-kaart.hsds.verzoeken-per-minuut", value = "5")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsSnelheidIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void overTheLimitGets429WithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            assertEquals(HttpStatus.OK, http.toBlocking().exchange(HttpRequest.GET("/hsds/taxonomies"), String.class).getStatus());
        }
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/hsds/taxonomies"), String.class));
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, e.getStatus());
        long wachten = Long.parseLong(e.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER));
        assertTrue(wachten >= 1 && wachten <= 60, "Retry-After " + wachten);
        assertEquals("*", e.getResponse().getHeaders().get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        // the portal's own API is not limited by the open-data limit
        assertEquals(HttpStatus.OK, http.toBlocking().exchange(HttpRequest.GET("/api/v1/suggesties?q=hu"), String.class).getStatus());
    }
}
