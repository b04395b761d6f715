package nl.socialekaart.portal.publiek.overzicht;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.search.zoeken.Facet;
import nl.socialekaart.search.zoeken.VoorzieningZoeker;
import nl.socialekaart.search.zoeken.ZoekResultaat;
import nl.socialekaart.search.zoeken.ZoekVraag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Everything published under one filter (a kern, a thema), from the index, page by page, and grouped. */
@Singleton
public class AlleAanbod {

    /** A kern or thema page lists at most this many; beyond it the page links to the search with filters. */
    static final int MAXIMUM = 1000;

    private final VoorzieningZoeker zoeker;

    public AlleAanbod(VoorzieningZoeker zoeker) {
        this.zoeker = zoeker;
    }

    public List<VoorzieningWeergave> met(Facet facet, String waarde) {
        List<VoorzieningWeergave> alle = new ArrayList<>();
        int pagina = 1;
        ZoekResultaat resultaat;
        do {
            resultaat = zoeker.zoek(new ZoekVraag(null, Map.of(facet, Set.of(waarde)), pagina++, ZoekVraag.MAXIMUM_PER_PAGINA));
            alle.addAll(resultaat.treffers());
        } while (alle.size() < Math.min(resultaat.totaal(), MAXIMUM) && !resultaat.treffers().isEmpty());
        alle.sort(Comparator.comparing(VoorzieningWeergave::naam, String.CASE_INSENSITIVE_ORDER));
        return alle;
    }

    /**
     * Groups by a list-valued key (a voorziening with two thema's appears under both), groups by title; those
     * without any key land in {@code overig}, last.
     */
    public static List<Groep> groepeer(List<VoorzieningWeergave> voorzieningen,
                                       Function<VoorzieningWeergave, List<String[]>> sleutels, String overig) {
        Map<String, List<VoorzieningWeergave>> perTitel = new LinkedHashMap<>();
        Map<String, String> ankers = new LinkedHashMap<>();
        List<VoorzieningWeergave> zonder = new ArrayList<>();
        for (VoorzieningWeergave v : voorzieningen) {
            List<String[]> van = sleutels.apply(v);
            if (van.isEmpty()) {
                zonder.add(v);
            }
            for (String[] sleutel : van) {
                perTitel.computeIfAbsent(sleutel[1], t -> new ArrayList<>()).add(v);
                ankers.putIfAbsent(sleutel[1], sleutel[0]);
            }
        }
        List<Groep> groepen = new ArrayList<>(perTitel.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
                .map(e -> new Groep(e.getKey(), ankers.get(e.getKey()), e.getValue())).toList());
        if (!zonder.isEmpty()) {
            groepen.add(new Groep(overig, "overig", zonder));
        }
        return groepen;
    }
}
