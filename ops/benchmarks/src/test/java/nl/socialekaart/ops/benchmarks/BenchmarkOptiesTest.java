package nl.socialekaart.ops.benchmarks;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BenchmarkOptiesTest {

    @Test
    void defaultsAreTheNationalRun() {
        BenchmarkOpties opties = BenchmarkOpties.lees("--werkmap=/tmp/x");
        assertEquals(100_000, opties.aantal());
        assertEquals(50, opties.clients());
        assertEquals(Duration.ofSeconds(60), opties.duur());
        assertEquals(Path.of("/tmp/x"), opties.werkmap());
    }

    @Test
    void smokeRunOptions() {
        BenchmarkOpties opties = BenchmarkOpties.lees("--aantal=5000", "--duur=20", "--opwarmen=5", "--werkmap=w");
        assertEquals(5000, opties.aantal());
        assertEquals(Duration.ofSeconds(20), opties.duur());
        assertEquals(Duration.ofSeconds(5), opties.opwarmen());
    }

    @Test
    void refusesUnknownOptionsAMissingWorkDirAndUnboundedRuns() {
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOpties.lees("--werkmap=w", "--snel=ja"));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOpties.lees("--aantal=10"));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOpties.lees("--werkmap=w", "--duur=100000"));
    }
}
