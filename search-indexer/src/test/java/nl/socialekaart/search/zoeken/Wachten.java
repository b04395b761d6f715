package nl.socialekaart.search.zoeken;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Polls until the asynchronous outbox sync has done its work, or fails the test after a deadline. */
public final class Wachten {

    private Wachten() {
    }

    public static void tot(String wat, Duration maximaal, BooleanSupplier voorwaarde) {
        long einde = System.nanoTime() + maximaal.toNanos();
        while (System.nanoTime() < einde) {
            if (voorwaarde.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("onderbroken tijdens wachten op: " + wat);
            }
        }
        fail("niet binnen " + maximaal.toMillis() + " ms: " + wat);
    }
}
