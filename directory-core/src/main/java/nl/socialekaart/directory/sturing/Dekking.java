package nl.socialekaart.directory.sturing;

import java.util.List;

/**
 * The coverage matrix: for each kern (rows) and thema (columns) the number of published voorzieningen
 * that serve that kern (werkgebied) or have a locatie there. A zero is a gap in the aanbod.
 */
public record Dekking(List<String> themas, List<Rij> rijen) {

    /** One kern, with one count per thema in the order of {@link #themas}. */
    public record Rij(String kern, String kernSlug, String gebied, List<Long> aantallen) {

        public long leeg() {
            return aantallen.stream().filter(a -> a == 0).count();
        }
    }

    public long aantal(String kernSlug, int themaIndex) {
        return rijen.stream().filter(r -> r.kernSlug().equals(kernSlug)).findFirst()
                .map(r -> r.aantallen().get(themaIndex)).orElseThrow();
    }

    public long legeCellen() {
        return rijen.stream().mapToLong(Rij::leeg).sum();
    }
}
