package nl.socialekaart.search.zoeken;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a person asked for.
 *
 * @param tekst      free text, may be empty
 * @param filters    chosen values per facet; several values of one facet mean "any of these"
 * @param plaats     where: around a point, within a radius, inside the map area
 * @param sortering  by relevance, or by distance from the plaats' point
 * @param pagina     1-based page number
 * @param perPagina  results per page
 * @throws OngeldigeZoekvraagException naming the parameter that is out of range
 */
public record ZoekVraag(@Nullable String tekst, Map<Facet, Set<String>> filters, Plaats plaats, Sortering sortering,
                        int pagina, int perPagina) {

    public static final int MAXIMUM_PER_PAGINA = 100;
    /** Elasticsearch's default result window: results beyond it cannot be paged to. */
    public static final int MAXIMUM_RESULTATEN = 10_000;
    public static final int MAXIMALE_TEKSTLENGTE = 200;

    public ZoekVraag {
        if (perPagina < 1 || perPagina > MAXIMUM_PER_PAGINA) {
            throw new OngeldigeZoekvraagException("per_pagina", "moet tussen 1 en " + MAXIMUM_PER_PAGINA + " liggen");
        }
        if (pagina < 1 || pagina > laatstePagina(perPagina)) {
            throw new OngeldigeZoekvraagException("pagina", "moet tussen 1 en " + laatstePagina(perPagina) + " liggen");
        }
        tekst = tekst == null || tekst.isBlank() ? null : tekst.strip();
        if (tekst != null && tekst.length() > MAXIMALE_TEKSTLENGTE) {
            throw new OngeldigeZoekvraagException("q", "mag hoogstens " + MAXIMALE_TEKSTLENGTE + " tekens lang zijn");
        }
        filters = schoon(filters);
        if (sortering == Sortering.AFSTAND && plaats.punt() == null) {
            throw new OngeldigeZoekvraagException("sortering", "op afstand kan alleen met een plek (lat en lon, of bij)");
        }
    }

    /** Text and facet filters, anywhere, by relevance. */
    public ZoekVraag(@Nullable String tekst, Map<Facet, Set<String>> filters, int pagina, int perPagina) {
        this(tekst, filters, Plaats.OVERAL, Sortering.RELEVANTIE, pagina, perPagina);
    }

    /** Free text, at most one kern: the simple search of the home page. */
    public static ZoekVraag van(@Nullable String tekst, @Nullable String kern, int pagina, int perPagina) {
        return new ZoekVraag(tekst, kern == null ? Map.of() : Map.of(Facet.KERN, Set.of(kern)), pagina, perPagina);
    }

    /** The highest page that can be shown with this page size. */
    public static int laatstePagina(int perPagina) {
        return MAXIMUM_RESULTATEN / perPagina;
    }

    public int vanaf() {
        return (pagina - 1) * perPagina;
    }

    public Set<String> gekozen(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    private static Map<Facet, Set<String>> schoon(Map<Facet, ? extends Collection<String>> filters) {
        Map<Facet, Set<String>> schoon = new EnumMap<>(Facet.class);
        filters.forEach((facet, waarden) -> {
            Set<String> gevuld = new LinkedHashSet<>();
            waarden.stream().filter(w -> w != null && !w.isBlank()).map(String::strip).forEach(gevuld::add);
            if (!gevuld.isEmpty()) {
                schoon.put(facet, Collections.unmodifiableSet(gevuld));
            }
        });
        return Collections.unmodifiableMap(schoon);
    }
}
