package nl.socialekaart.portal.web.fout;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mistake in a template gives the visitor an error page at once, not a request that never ends; an unexpected
 * failure says sorry without its internals.
 */
@MicronautTest(environments = "demo", transactional = false)
@Property(name = "sociale-kaart.test.kapotte-template", value = "aan")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateFoutIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aTemplateErrorAnswers500RightAway() {
        HttpClientResponseException fout = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                HttpClientResponseException.class, () -> http.toBlocking().retrieve(HttpRequest.GET("/kapot-voor-test"))));
        assertEquals(HttpStatus.INTERNAL_SERVER_ERROR, fout.getStatus());
        String body = fout.getResponse().getBody(String.class).orElse("");
        assertFalse(body.contains("at org.thymeleaf") || body.contains("OGNL") || body.contains("bestaatNiet"), body);
        assertTrue(body.contains("Er ging bij ons iets mis."), body);
    }

    @Test
    void anUnexpectedFailureKeepsItsDetailsToTheLog() {
        for (String soort : new String[]{"application/json", "text/html"}) {
            HttpClientResponseException fout = assertThrows(HttpClientResponseException.class,
                    () -> http.toBlocking().retrieve(HttpRequest.GET("/kapot-voor-test/fout").accept(soort)));
            assertEquals(HttpStatus.INTERNAL_SERVER_ERROR, fout.getStatus());
            String body = fout.getResponse().getBody(String.class).orElse("");
            assertFalse(body.contains("tabel_met_geheime_naam"), soort + ": " + body);
            assertTrue(body.contains("Er ging bij ons iets mis"), soort + ": " + body);
        }
    }

    @Controller("/kapot-voor-test")
    @Requires(property = "sociale-kaart.test.kapotte-template", value = "aan")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class KapotteTemplate {
        @Get
        ModelAndView<Map<String, Object>> pagina() {
            return new ModelAndView<>("kapot-voor-test", Map.of());
        }

        @Get(uri = "/fout", produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
        String fout() {
            throw new IllegalStateException("relation tabel_met_geheime_naam does not exist");
        }
    }
}
