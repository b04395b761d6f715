package nl.socialekaart.search.zoeken;

import nl.socialekaart.directory.weergave.VoorzieningWeergave;

import java.util.List;
import java.util.Map;

/**
 * One page of search results, how many there are in all, and per facet the values with their counts.
 * A facet's counts take every other chosen filter into account, but not its own, so choosing a second
 * value of the same facet widens the results by the count shown.
 */
public record ZoekResultaat(ZoekVraag vraag, long totaal, List<VoorzieningWeergave> treffers,
                            Map<Facet, List<FacetWaarde>> facetten) {

    public int aantalPaginas() {
        return (int) Math.ceil((double) totaal / vraag.perPagina());
    }
}
