package nl.socialekaart.ops.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatentiesTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        long[] waarden = new long[100];
        for (int i = 0; i < 100; i++) {
            waarden[99 - i] = i + 1;
        }
        Latenties latenties = new Latenties(waarden);
        assertEquals(50, latenties.percentiel(50));
        assertEquals(95, latenties.percentiel(95));
        assertEquals(99, latenties.percentiel(99));
        assertEquals(100, latenties.percentiel(100));
        assertEquals(100, latenties.maximum());
        assertEquals(1, latenties.percentiel(0));
    }

    @Test
    void percentileOfFewValuesRoundsUp() {
        Latenties latenties = new Latenties(new long[]{10, 20, 30});
        assertEquals(20, latenties.percentiel(50));
        assertEquals(30, latenties.percentiel(95));
    }

    @Test
    void emptyGivesZero() {
        assertEquals(0, new Latenties(new long[0]).percentiel(95));
    }

    @Test
    void collectorsMergeAndGrow() {
        Latenties.Verzamelaar a = new Latenties.Verzamelaar();
        Latenties.Verzamelaar b = new Latenties.Verzamelaar();
        for (int i = 0; i < 5000; i++) {
            a.voegToe(i);
        }
        b.voegToe(10_000);
        Latenties samen = Latenties.Verzamelaar.samen(List.of(a, b));
        assertEquals(5001, samen.aantal());
        assertEquals(10_000, samen.maximum());
    }
}
