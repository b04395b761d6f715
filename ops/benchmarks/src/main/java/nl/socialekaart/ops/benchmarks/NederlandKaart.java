package nl.socialekaart.ops.benchmarks;

import java.util.random.RandomGenerator;

/**
 * A coarse outline of the Netherlands' land (WGS84), so synthetic kernen land on land rather than in the
 * North Sea or in Belgium. Good to a few kilometres, which is all a benchmark needs.
 */
final class NederlandKaart {

    static final double MIN_LAT = 50.75;
    static final double MAX_LAT = 53.55;
    static final double MIN_LON = 3.36;
    static final double MAX_LON = 7.23;

    /** {lat, lon}, clockwise from Zeeuws-Vlaanderen. */
    private static final double[][] OMTREK = {
            {51.27, 3.38}, {51.45, 3.45}, {51.72, 3.70}, {51.98, 4.05}, {52.35, 4.53}, {52.90, 4.70},
            {53.05, 4.75}, {53.20, 5.05}, {53.38, 5.60}, {53.45, 6.20}, {53.42, 6.80}, {53.25, 7.20},
            {53.00, 7.20}, {52.65, 7.05}, {52.43, 6.98}, {52.23, 7.03}, {51.95, 6.70}, {51.83, 6.10},
            {51.55, 6.20}, {51.30, 6.10}, {51.15, 6.08}, {50.90, 6.05}, {50.76, 6.00}, {50.75, 5.69}, {50.85, 5.63},
            {51.00, 5.75}, {51.15, 5.55}, {51.28, 5.20}, {51.43, 4.95}, {51.48, 4.45}, {51.40, 4.25},
            {51.35, 3.85}, {51.22, 3.80}
    };

    private NederlandKaart() {
    }

    static boolean opLand(double lat, double lon) {
        boolean binnen = false;
        for (int i = 0, j = OMTREK.length - 1; i < OMTREK.length; j = i++) {
            double latI = OMTREK[i][0];
            double lonI = OMTREK[i][1];
            double latJ = OMTREK[j][0];
            double lonJ = OMTREK[j][1];
            if ((latI > lat) != (latJ > lat) && lon < (lonJ - lonI) * (lat - latI) / (latJ - latI) + lonI) {
                binnen = !binnen;
            }
        }
        return binnen;
    }

    /** A point on land. */
    static double[] punt(RandomGenerator random) {
        while (true) {
            double lat = MIN_LAT + random.nextDouble() * (MAX_LAT - MIN_LAT);
            double lon = MIN_LON + random.nextDouble() * (MAX_LON - MIN_LON);
            if (opLand(lat, lon)) {
                return new double[]{lat, lon};
            }
        }
    }

    /** A point on land within about {@code km} kilometres of the given one (the centre itself if none is found). */
    static double[] puntNabij(double lat, double lon, double km, RandomGenerator random) {
        for (int poging = 0; poging < 50; poging++) {
            double dLat = (random.nextDouble() * 2 - 1) * km / 111.0;
            double dLon = (random.nextDouble() * 2 - 1) * km / 68.0; // a degree of longitude is ~68 km at 52° N
            if (opLand(lat + dLat, lon + dLon)) {
                return new double[]{lat + dLat, lon + dLon};
            }
        }
        return new double[]{lat, lon};
    }
}
