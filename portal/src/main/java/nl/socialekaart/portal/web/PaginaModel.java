package nl.socialekaart.portal.web;

import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.socialekaart.portal.web.taal.HuidigeTaal;
import nl.socialekaart.portal.web.taal.Vertaling;
import nl.socialekaart.portal.web.taal.Teksten;

import java.util.HashMap;
import java.util.Map;

/** The model every page gets: site name and logo, title, description, canonical address, demo banner, map layer. */
@Singleton
public class PaginaModel {

    private final PortalConfiguration configuration;
    private final Teksten teksten;
    private final HuidigeTaal huidigeTaal;
    private final boolean demo;

    public PaginaModel(PortalConfiguration configuration, Teksten teksten, HuidigeTaal huidigeTaal, Environment environment) {
        this.configuration = configuration;
        this.teksten = teksten;
        this.huidigeTaal = huidigeTaal;
        this.demo = environment.getActiveNames().contains("demo");
    }

    public Map<String, Object> met(String titel) {
        return met(titel, null, null);
    }

    /**
     * A page whose title and description are keys in the message bundle, said in the language of the request;
     * both get the same {@code waarden} ({0}, {1}, …).
     */
    public Map<String, Object> vertaald(String titel, @Nullable String beschrijving, @Nullable String pad, Object... waarden) {
        Vertaling vertaling = vertaling();
        return met(vertaling.tekst(titel, waarden), beschrijving == null ? null : vertaling.tekst(beschrijving, waarden), pad);
    }

    /** The message bundle in the language of the request, for texts a controller puts together. */
    public Vertaling vertaling() {
        return huidigeTaal.vertaling();
    }

    /**
     * @param beschrijving the meta description (search engines show it under the title)
     * @param pad          the canonical path of the page, or null when it has none (errors, searches)
     */
    public Map<String, Object> met(String titel, @Nullable String beschrijving, @Nullable String pad) {
        Map<String, Object> model = new HashMap<>();
        model.put("titel", titel);
        model.put("beschrijving", beschrijving == null ? vertaling().tekst("pagina.beschrijving") : beschrijving);
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
