package nl.socialekaart.portal.publiek.zoeken;

import io.micronaut.http.HttpParameters;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Toegang;
import nl.socialekaart.search.zoeken.Facet;
import nl.socialekaart.search.zoeken.OngeldigeZoekvraagException;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads facet choices from the query string: {@code ?thema=mantelzorg&thema=ontmoeting&kern=gendt}.
 * Strictly for the API (an impossible toegang, kosten or soort is a 400 naming it), leniently for pages.
 */
public final class FilterParameters {

    private FilterParameters() {
    }

    public static Map<Facet, Set<String>> lees(HttpParameters parameters, boolean streng) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> waarden = new LinkedHashSet<>();
            for (String waarde : parameters.getAll(facet.parameter())) {
                if (waarde.isBlank()) {
                    continue;
                }
                if (toegestaan(facet, waarde.strip())) {
                    waarden.add(waarde.strip());
                } else if (streng) {
                    throw new OngeldigeZoekvraagException(facet.parameter(),
                            "kent de waarde '" + waarde.strip() + "' niet");
                }
            }
            if (!waarden.isEmpty()) {
                filters.put(facet, waarden);
            }
        }
        return filters;
    }

    private static boolean toegestaan(Facet facet, String waarde) {
        return switch (facet) {
            case TOEGANG -> bestaat(Toegang.values(), waarde);
            case KOSTEN -> bestaat(Kosten.values(), waarde);
            case SOORT -> bestaat(Soort.values(), waarde);
            default -> waarde.length() <= 100;
        };
    }

    private static boolean bestaat(Enum<?>[] waarden, String waarde) {
        return Arrays.stream(waarden).anyMatch(w -> w.name().equals(waarde));
    }
}
