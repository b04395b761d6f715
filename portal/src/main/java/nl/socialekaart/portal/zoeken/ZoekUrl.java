package nl.socialekaart.portal.zoeken;

import nl.socialekaart.search.zoeken.ZoekVraag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** The /zoeken address of a search, so paging links keep the text and every chosen filter. */
final class ZoekUrl {

    private ZoekUrl() {
    }

    static String van(ZoekVraag vraag, int pagina) {
        StringJoiner query = new StringJoiner("&", "/zoeken?", "");
        if (vraag.tekst() != null) {
            query.add("q=" + codeer(vraag.tekst()));
        }
        vraag.filters().forEach((facet, waarden) ->
                waarden.forEach(w -> query.add(facet.parameter() + "=" + codeer(w))));
        if (pagina > 1) {
            query.add("pagina=" + pagina);
        }
        return query.toString();
    }

    private static String codeer(String waarde) {
        return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
    }
}
