package nl.socialekaart.portal.publiek.zoeken;

import io.micronaut.http.HttpParameters;
import nl.socialekaart.search.zoeken.Facet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * The whole state of a results page as it is in its address: text, every chosen filter, the place, the map
 * area, the order, the page. Links (paging, removing a filter) and forms (hidden fields) are made from it, so
 * sharing, bookmarking and the back button give the same page.
 */
public final class ZoekUrl {

    /** The parameters that make up the state, in the order they are written. */
    static final List<String> PARAMETERS = Stream.of(
            Stream.of("q"), Arrays.stream(Facet.values()).map(Facet::parameter),
            Stream.of("bij", "lat", "lon", "straal_km", "kader", "sortering", "pagina")).flatMap(s -> s).toList();

    /** One parameter=value pair of the state. */
    public record Paar(String naam, String waarde) {
    }

    private final List<Paar> paren;

    private ZoekUrl(List<Paar> paren) {
        this.paren = List.copyOf(paren);
    }

    public static ZoekUrl van(HttpParameters parameters) {
        List<Paar> paren = new ArrayList<>();
        for (String naam : PARAMETERS) {
            for (String waarde : parameters.getAll(naam)) {
                if (waarde != null && !waarde.isBlank() && paren.stream().noneMatch(p -> p.naam().equals(naam) && p.waarde().equals(waarde.strip()))) {
                    paren.add(new Paar(naam, waarde.strip()));
                }
            }
        }
        return new ZoekUrl(paren);
    }

    /** The same state on another page (page 1 is left out). */
    public String pagina(int pagina) {
        List<Paar> nieuw = new ArrayList<>(zonderNamen(Set.of("pagina")));
        if (pagina > 1) {
            nieuw.add(new Paar("pagina", Integer.toString(pagina)));
        }
        return new ZoekUrl(nieuw).toString();
    }

    /** The state without one value (a removed filter chip), back on page 1. */
    public String zonder(String naam, String waarde) {
        return new ZoekUrl(paren.stream().filter(p -> !p.naam().equals("pagina"))
                .filter(p -> !(p.naam().equals(naam) && p.waarde().equals(waarde))).toList()).toString();
    }

    /** The state with one parameter replaced (or removed when {@code waarde} is null), back on page 1. */
    public String met(String naam, String waarde) {
        List<Paar> nieuw = new ArrayList<>(zonderNamen(Set.of(naam, "pagina")));
        if (waarde != null) {
            nieuw.add(new Paar(naam, waarde));
        }
        nieuw.sort((a, b) -> Integer.compare(PARAMETERS.indexOf(a.naam()), PARAMETERS.indexOf(b.naam())));
        return new ZoekUrl(nieuw).toString();
    }

    /** The state without these parameters at all. */
    public String zonderAlle(Set<String> namen) {
        return new ZoekUrl(zonderNamen(namen)).toString();
    }

    /** Hidden fields for a form that sets the other parameters itself. */
    public List<Paar> behalve(Set<String> namen) {
        return zonderNamen(namen);
    }

    public List<Paar> paren() {
        return paren;
    }

    private List<Paar> zonderNamen(Set<String> namen) {
        return paren.stream().filter(p -> !namen.contains(p.naam())).toList();
    }

    @Override
    public String toString() {
        if (paren.isEmpty()) {
            return "/zoeken";
        }
        StringJoiner query = new StringJoiner("&", "/zoeken?", "");
        paren.forEach(p -> query.add(p.naam() + "=" + URLEncoder.encode(p.waarde(), StandardCharsets.UTF_8)));
        return query.toString();
    }
}
