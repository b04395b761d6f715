package nl.socialekaart.ops.benchmarks;

import java.util.Arrays;

/** A sorted set of measured durations (nanoseconds or milliseconds, the caller knows) and its percentiles. */
final class Latenties {

    private final long[] gesorteerd;

    Latenties(long[] waarden) {
        this.gesorteerd = waarden.clone();
        Arrays.sort(gesorteerd);
    }

    int aantal() {
        return gesorteerd.length;
    }

    /** Nearest-rank percentile: the smallest value with at least {@code p} percent of the values at or below it. */
    long percentiel(double p) {
        if (gesorteerd.length == 0) {
            return 0;
        }
        if (p <= 0) {
            return gesorteerd[0];
        }
        int rang = (int) Math.ceil(p / 100.0 * gesorteerd.length);
        return gesorteerd[Math.min(gesorteerd.length, Math.max(1, rang)) - 1];
    }

    long maximum() {
        return gesorteerd.length == 0 ? 0 : gesorteerd[gesorteerd.length - 1];
    }

    /** A growable list of longs for one client: no boxing in the hot loop. */
    static final class Verzamelaar {

        private long[] waarden = new long[1024];
        private int aantal;

        void voegToe(long waarde) {
            if (aantal == waarden.length) {
                waarden = Arrays.copyOf(waarden, aantal * 2);
            }
            waarden[aantal++] = waarde;
        }

        int aantal() {
            return aantal;
        }

        static Latenties samen(Iterable<Verzamelaar> verzamelaars) {
            int totaal = 0;
            for (Verzamelaar v : verzamelaars) {
                totaal += v.aantal;
            }
            long[] alle = new long[totaal];
            int i = 0;
            for (Verzamelaar v : verzamelaars) {
                System.arraycopy(v.waarden, 0, alle, i, v.aantal);
                i += v.aantal;
            }
            return new Latenties(alle);
        }
    }
}
