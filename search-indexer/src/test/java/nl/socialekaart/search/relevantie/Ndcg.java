package nl.socialekaart.search.relevantie;

import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain at a cut-off k, with graded relevance:
 * DCG@k = Σ_{i=1..k} (2^grade_i − 1) / log2(i + 1), nDCG@k = DCG@k / ideal DCG@k, where the ideal ranking
 * puts the expected grades in descending order. Results that are not expected count as grade 0.
 */
public final class Ndcg {

    private Ndcg() {
    }

    /**
     * @param gerangschikt the results in ranked order (duplicates after the first count as 0)
     * @param verwacht     grade per expected result (1 or 2, anything else > 0 works too); must not be empty
     * @return a value in [0, 1]
     */
    public static double op(int k, List<String> gerangschikt, Map<String, Integer> verwacht) {
        if (k < 1) {
            throw new IllegalArgumentException("k moet minstens 1 zijn: " + k);
        }
        double ideaal = dcg(verwacht.values().stream().sorted((a, b) -> b - a).limit(k).toList());
        if (ideaal == 0) {
            throw new IllegalArgumentException("geen verwachte resultaten met een cijfer > 0");
        }
        List<Integer> cijfers = gerangschikt.stream().distinct().limit(k)
                .map(r -> verwacht.getOrDefault(r, 0)).toList();
        return dcg(cijfers) / ideaal;
    }

    static double dcg(List<Integer> cijfers) {
        double som = 0;
        for (int i = 0; i < cijfers.size(); i++) {
            int positie = i + 1;
            som += (Math.pow(2, cijfers.get(i)) - 1) / (Math.log(positie + 1) / Math.log(2));
        }
        return som;
    }
}
