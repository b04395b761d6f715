package nl.socialekaart.portal.opendata.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/openapi.yml}: the OpenAPI 3 description of the JSON API. micronaut-openapi writes one file for
 * every controller at compile time (META-INF/swagger/); this serves its {@code /api/v1} paths with our title, so
 * pages, beheer and /hsds (which serves the HSDS spec's own description at /hsds/openapi.json) stay out of it.
 */
@Controller("/api/v1")
public class OpenApiController {

    static final String PAD = "/api/v1/";
    private final String yaml;

    public OpenApiController() {
        this.yaml = maak();
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    public HttpResponse<String> openapi() {
        return HttpResponse.ok(yaml).contentType(MediaType.of("application/yaml"));
    }

    @SuppressWarnings("unchecked")
    private static String maak() {
        Map<String, Object> gegenereerd = lees();
        Map<String, Object> api = new LinkedHashMap<>();
        api.put("openapi", gegenereerd.getOrDefault("openapi", "3.0.1"));
        api.put("info", Map.of("title", "Sociale kaart API", "version", "v1",
                "description", "Zoeken in de voorzieningen van de sociale kaart (met facetten en afstand) en suggesties "
                        + "tijdens het typen. Open data in de internationale standaard Open Referral HSDS 3.0: /hsds/."));
        Map<String, Object> paden = new LinkedHashMap<>();
        ((Map<String, Object>) gegenereerd.getOrDefault("paths", Map.of())).forEach((pad, operaties) -> {
            if (pad.startsWith(PAD) && !pad.equals(PAD + "openapi.yml")) {
                paden.put(pad, operaties);
            }
        });
        api.put("paths", paden);
        if (gegenereerd.containsKey("components")) {
            api.put("components", gegenereerd.get("components"));
        }
        DumperOptions opties = new DumperOptions();
        opties.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(opties).dump(api);
    }

    private static Map<String, Object> lees() {
        try {
            // micronaut-openapi names the file after micronaut.application.name and the (default) version
            for (String naam : new String[]{"sociale-kaart-1.0.0.yml", "sociale-kaart.yml", "swagger.yml"}) {
                try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream("META-INF/swagger/" + naam)) {
                    if (in != null) {
                        return new Yaml().load(in);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("Geen door micronaut-openapi gegenereerd bestand in META-INF/swagger/");
    }
}
