package nl.socialekaart.portal.publiek.zoeken;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.ops.stack.SharedTestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With Elasticsearch really stopped, search says so plainly: 503, a Dutch message, no stack trace. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoekenZonderElasticsearchIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    @AfterEach
    void elasticsearchWeerAan() {
        SharedTestStack.get().startElasticsearch();
    }

    @Test
    void apiAndResultsPageAnswer503WithAMessage() {
        SharedTestStack.get().stopElasticsearch();

        HttpClientResponseException api = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer"), String.class));
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, api.getStatus());
        assertTrue(api.getResponse().getBody(String.class).orElse("").contains("Zoeken werkt op dit moment niet"));

        HttpClientResponseException pagina = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/zoeken?q=huiskamer"), String.class));
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, pagina.getStatus());
        String html = pagina.getResponse().getBody(String.class).orElse("");
        assertTrue(html.contains("Zoeken werkt op dit moment niet"), html);
        assertFalse(html.contains("Exception"));
    }
}
