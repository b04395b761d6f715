package nl.socialekaart.portal.publiek.zoeken;

import java.util.ArrayList;
import java.util.List;

/** A chosen filter shown above the results, as a link that removes it. */
public record FilterChip(String label, String url) {

    /** The chips of a search: every chosen facet value (by its readable label), the place and the map area. */
    static List<FilterChip> van(ZoekUrl staat, List<FacetWeergave> facetten) {
        List<FilterChip> chips = new ArrayList<>();
        for (ZoekUrl.Paar p : staat.paren()) {
            String label = switch (p.naam()) {
                case "q", "pagina", "sortering", "lon", "straal_km" -> null;
                case "bij" -> "Bij " + p.waarde();
                case "lat" -> "Bij mijn locatie";
                case "kader" -> "In het kaartgebied";
                default -> facetten.stream().filter(f -> f.parameter().equals(p.naam()))
                        .flatMap(f -> f.opties().stream()).filter(o -> o.waarde().equals(p.waarde()))
                        .map(FacetOptie::label).findFirst().orElse(p.waarde());
            };
            if (label != null) {
                String url = p.naam().equals("lat") ? zonderLocatie(staat) : staat.zonder(p.naam(), p.waarde());
                chips.add(new FilterChip(label, url));
            }
        }
        return chips;
    }

    private static String zonderLocatie(ZoekUrl staat) {
        return staat.zonderAlle(java.util.Set.of("lat", "lon", "straal_km", "sortering", "pagina"));
    }
}
