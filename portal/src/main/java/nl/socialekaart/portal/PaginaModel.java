package nl.socialekaart.portal;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import nl.socialekaart.portal.zoeken.Teksten;

import java.util.HashMap;
import java.util.Map;

/** The model every page gets: site name, demo banner, map layer. */
@Singleton
public class PaginaModel {

    private final PortalConfiguration configuration;
    private final Teksten teksten;
    private final boolean demo;

    public PaginaModel(PortalConfiguration configuration, Teksten teksten, Environment environment) {
        this.configuration = configuration;
        this.teksten = teksten;
        this.demo = environment.getActiveNames().contains("demo");
    }

    public Map<String, Object> met(String titel) {
        Map<String, Object> model = new HashMap<>();
        model.put("titel", titel);
        model.put("site", configuration.gemeenteNaam());
        model.put("demo", demo);
        model.put("teksten", teksten);
        model.put("kaartlaagUrl", configuration.kaartlaagUrl());
        model.put("kaartlaagBron", configuration.kaartlaagBron());
        return model;
    }
}
