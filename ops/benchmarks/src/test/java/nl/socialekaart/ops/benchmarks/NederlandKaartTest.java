package nl.socialekaart.ops.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NederlandKaartTest {

    @Test
    void knownPlacesAreOnLandAndTheSeaAndNeighboursAreNot() {
        assertTrue(NederlandKaart.opLand(52.37, 4.90), "Amsterdam");
        assertTrue(NederlandKaart.opLand(51.9376, 5.9399), "Huissen");
        assertTrue(NederlandKaart.opLand(53.22, 6.57), "Groningen");
        assertTrue(NederlandKaart.opLand(50.85, 5.69), "Maastricht");
        assertFalse(NederlandKaart.opLand(52.5, 3.8), "North Sea");
        assertFalse(NederlandKaart.opLand(50.85, 4.35), "Brussels");
        assertFalse(NederlandKaart.opLand(51.45, 7.0), "Essen");
    }

    @Test
    void randomPointsLieInTheBoundingBox() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            double[] punt = NederlandKaart.punt(random);
            assertTrue(punt[0] >= NederlandKaart.MIN_LAT && punt[0] <= NederlandKaart.MAX_LAT);
            assertTrue(punt[1] >= NederlandKaart.MIN_LON && punt[1] <= NederlandKaart.MAX_LON);
        }
    }
}
