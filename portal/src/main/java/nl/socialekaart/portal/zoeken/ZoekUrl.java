package nl.socialekaart.portal.zoeken;

import io.micronaut.core.annotation.Nullable;
import nl.socialekaart.search.zoeken.ZoekVraag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** The /zoeken address of a search, so paging links keep the text, every chosen filter and the place. */
final class ZoekUrl {

    private ZoekUrl() {
    }

    static String van(ZoekVraag vraag, @Nullable String bij, int pagina) {
        StringJoiner query = new StringJoiner("&", "/zoeken?", "");
        if (vraag.tekst() != null) {
            query.add("q=" + codeer(vraag.tekst()));
        }
        vraag.filters().forEach((facet, waarden) ->
                waarden.forEach(w -> query.add(facet.parameter() + "=" + codeer(w))));
        if (bij != null && !bij.isBlank()) {
            query.add("bij=" + codeer(bij));
        }
        if (pagina > 1) {
            query.add("pagina=" + pagina);
        }
        return query.toString();
    }

    private static String codeer(String waarde) {
        return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
    }
}
