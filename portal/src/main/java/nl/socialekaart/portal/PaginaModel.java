package nl.socialekaart.portal;

import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.socialekaart.portal.zoeken.Teksten;

import java.util.HashMap;
import java.util.Map;

/** The model every page gets: site name and logo, title, description, canonical address, demo banner, map layer. */
@Singleton
public class PaginaModel {

    static final String STANDAARD_BESCHRIJVING = "Vind hulp, activiteiten en voorzieningen bij u in de buurt.";

    private final PortalConfiguration configuration;
    private final Teksten teksten;
    private final boolean demo;

    public PaginaModel(PortalConfiguration configuration, Teksten teksten, Environment environment) {
        this.configuration = configuration;
        this.teksten = teksten;
        this.demo = environment.getActiveNames().contains("demo");
    }

    public Map<String, Object> met(String titel) {
        return met(titel, null, null);
    }

    /**
     * @param beschrijving the meta description (search engines show it under the title)
     * @param pad          the canonical path of the page, or null when it has none (errors, searches)
     */
    public Map<String, Object> met(String titel, @Nullable String beschrijving, @Nullable String pad) {
        Map<String, Object> model = new HashMap<>();
        model.put("titel", titel);
        model.put("beschrijving", beschrijving == null ? STANDAARD_BESCHRIJVING : beschrijving);
        model.put("canonical", pad == null ? null : configuration.basisUrl() + pad);
        model.put("site", configuration.gemeenteNaam());
        model.put("logoUrl", configuration.logoUrl());
        model.put("demo", demo);
        model.put("teksten", teksten);
        model.put("kaartlaagUrl", configuration.kaartlaagUrl());
        model.put("kaartlaagBron", configuration.kaartlaagBron());
        return model;
    }
}
