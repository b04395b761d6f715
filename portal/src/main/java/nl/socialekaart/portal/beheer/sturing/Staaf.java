package nl.socialekaart.portal.beheer.sturing;

import java.util.List;

/**
 * One bar of a server-rendered bar chart: label, the number (always shown as text too) and the bar's
 * length in percent of the largest, set as an SVG attribute because the CSP allows no inline styles.
 */
public record Staaf(String label, long aantal, long breedte) {

    public static List<Staaf> van(List<String> labels, List<Long> aantallen) {
        long grootste = aantallen.stream().mapToLong(Long::longValue).max().orElse(0);
        return java.util.stream.IntStream.range(0, labels.size())
                .mapToObj(i -> new Staaf(labels.get(i), aantallen.get(i),
                        grootste == 0 ? 0 : Math.round(aantallen.get(i) * 100.0 / grootste)))
                .toList();
    }
}
