package nl.socialekaart.ops.benchmarks;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The benchmark's options: {@code --aantal=100000} voorzieningen, {@code --duur=60} measured seconds of load after
 * {@code --opwarmen=15}, {@code --clients=50}, {@code --seed=20261124}, {@code --herindexeringen=1},
 * {@code --es-heap-mb=512}, {@code --enkel=10} seconds with one client (unloaded latency; 0 skips it) and {@code --werkmap=DIR} (required: an empty directory of its own, never {@code ./work}).
 */
record BenchmarkOpties(int aantal, Duration duur, Duration opwarmen, int clients, long seed, int herindexeringen,
                       int elasticsearchHeapMb, Duration enkeleClient, Path werkmap) {

    static BenchmarkOpties lees(String... args) {
        int aantal = 100_000;
        int duur = 60;
        int opwarmen = 15;
        int clients = 50;
        long seed = 20261124L;
        int herindexeringen = 1;
        int heap = 512;
        int enkel = 10;
        Path werkmap = null;
        for (String arg : args) {
            String[] delen = arg.split("=", 2);
            if (delen.length != 2 || !delen[0].startsWith("--")) {
                throw new IllegalArgumentException("onbekende optie " + arg);
            }
            String waarde = delen[1];
            switch (delen[0]) {
                case "--aantal" -> aantal = Integer.parseInt(waarde);
                case "--duur" -> duur = Integer.parseInt(waarde);
                case "--opwarmen" -> opwarmen = Integer.parseInt(waarde);
                case "--clients" -> clients = Integer.parseInt(waarde);
                case "--seed" -> seed = Long.parseLong(waarde);
                case "--herindexeringen" -> herindexeringen = Integer.parseInt(waarde);
                case "--es-heap-mb" -> heap = Integer.parseInt(waarde);
                case "--enkel" -> enkel = Integer.parseInt(waarde);
                case "--werkmap" -> werkmap = Path.of(waarde);
                default -> throw new IllegalArgumentException("onbekende optie " + arg);
            }
        }
        if (werkmap == null) {
            throw new IllegalArgumentException("--werkmap=DIR is verplicht (een lege map alleen voor deze meting)");
        }
        if (aantal < 1 || aantal > 1_000_000 || duur < 1 || duur > 3600 || opwarmen < 0 || clients < 1 || clients > 500
                || herindexeringen < 1 || herindexeringen > 10 || enkel < 0 || enkel > 600) {
            throw new IllegalArgumentException("optie buiten bereik: aantal 1..1000000, duur 1..3600 s, clients 1..500, "
                    + "herindexeringen 1..10");
        }
        return new BenchmarkOpties(aantal, Duration.ofSeconds(duur), Duration.ofSeconds(opwarmen), clients, seed,
                herindexeringen, heap, Duration.ofSeconds(enkel), werkmap);
    }
}
