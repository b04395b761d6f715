package nl.socialekaart.portal.opendata.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated OpenAPI description of /api/v1 is served and describes exactly that API. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @SuppressWarnings("unchecked")
    void apiV1IsDescribed() {
        HttpResponse<String> antwoord = http.toBlocking().exchange(HttpRequest.GET("/api/v1/openapi.yml"), String.class);
        assertTrue(antwoord.getContentType().orElseThrow().toString().startsWith("application/yaml"));
        Map<String, Object> openapi = new Yaml().load(antwoord.body());
        assertTrue(openapi.get("openapi").toString().startsWith("3."));
        Map<String, Object> paden = (Map<String, Object>) openapi.get("paths");
        assertTrue(paden.containsKey("/api/v1/zoeken"), paden.keySet().toString());
        assertTrue(paden.containsKey("/api/v1/suggesties"), paden.keySet().toString());
        paden.keySet().forEach(p -> assertTrue(p.startsWith("/api/v1/"), p));
        Map<String, Object> zoeken = (Map<String, Object>) ((Map<String, Object>) paden.get("/api/v1/zoeken")).get("get");
        assertTrue(zoeken.get("parameters").toString().contains("per_pagina"), zoeken.toString());
        assertEquals("Sociale kaart API", ((Map<String, Object>) openapi.get("info")).get("title"));
    }
}
