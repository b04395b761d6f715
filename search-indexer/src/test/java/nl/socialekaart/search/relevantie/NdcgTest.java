package nl.socialekaart.search.relevantie;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NdcgTest {

    private static final double D = 1e-9;

    @Test
    void dcgFollowsTheExponentialGainAndLog2Discount() {
        // (2^2-1)/log2(2) + (2^1-1)/log2(3) + 0 + (2^2-1)/log2(5)
        double verwacht = 3.0 + 1.0 / log2(3) + 0 + 3.0 / log2(5);
        assertEquals(verwacht, Ndcg.dcg(List.of(2, 1, 0, 2)), D);
    }

    @Test
    void idealRankingScoresOne() {
        assertEquals(1.0, Ndcg.op(5, List.of("a", "b", "c"), Map.of("a", 2, "b", 1, "c", 1)), D);
    }

    @Test
    void nothingRelevantScoresZero() {
        assertEquals(0.0, Ndcg.op(5, List.of("x", "y"), Map.of("a", 2)), D);
        assertEquals(0.0, Ndcg.op(5, List.of(), Map.of("a", 2)), D);
    }

    @Test
    void worseOrderScoresLessAndIsNormalisedByTheIdealTopK() {
        // ideal top 2 of {a:2, b:1, c:1}: 2,1 -> 3 + 1/log2(3); ranked: b, a -> 1 + 3/log2(3)
        double ideaal = 3 + 1 / log2(3);
        double dcg = 1 + 3 / log2(3);
        assertEquals(dcg / ideaal, Ndcg.op(2, List.of("b", "a", "c"), Map.of("a", 2, "b", 1, "c", 1)), D);
    }

    @Test
    void onlyTheFirstKCountAndDuplicatesDoNotScoreTwice() {
        assertEquals(0.0, Ndcg.op(2, List.of("x", "y", "a"), Map.of("a", 2)), D);
        double metDubbel = Ndcg.op(5, List.of("b", "b", "a"), Map.of("a", 2, "b", 1));
        double zonderDubbel = Ndcg.op(5, List.of("b", "a"), Map.of("a", 2, "b", 1));
        assertEquals(zonderDubbel, metDubbel, D);
    }

    @Test
    void refusesAQueryWithoutExpectedResults() {
        assertThrows(IllegalArgumentException.class, () -> Ndcg.op(5, List.of("a"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Ndcg.op(0, List.of("a"), Map.of("a", 1)));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
