package nl.socialekaart.search.zoeken;

import nl.socialekaart.directory.weergave.VoorzieningWeergave;

import java.util.List;

/** One page of search results and how many there are in all. */
public record ZoekResultaat(ZoekVraag vraag, long totaal, List<VoorzieningWeergave> treffers) {

    public int aantalPaginas() {
        return (int) Math.ceil((double) totaal / vraag.perPagina());
    }
}
