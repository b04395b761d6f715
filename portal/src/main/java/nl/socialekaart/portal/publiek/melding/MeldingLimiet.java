package nl.socialekaart.portal.publiek.melding;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@value #MAXIMUM} meldingen per client address per {@link #VENSTER}: a resident never gets near it,
 * a script flooding the queue does. Kept in memory only (the address is never stored), so the limit is per
 * instance and forgets on restart, which is enough against abuse of a small form.
 */
@Singleton
public class MeldingLimiet {

    static final int MAXIMUM = 5;
    static final Duration VENSTER = Duration.ofMinutes(15);
    private static final int OPRUIMEN_BOVEN = 10_000;

    private final Map<String, Deque<Instant>> perAdres = new ConcurrentHashMap<>();
    private final Clock clock;

    public MeldingLimiet(Clock clock) {
        this.clock = clock;
    }

    /** Counts this attempt; false when the address has used up its meldingen for now. */
    public boolean toegestaan(String adres) {
        Instant nu = clock.instant();
        if (perAdres.size() > OPRUIMEN_BOVEN) {
            perAdres.values().removeIf(tijden -> { synchronized (tijden) { vergeet(tijden, nu); return tijden.isEmpty(); } });
        }
        Deque<Instant> tijden = perAdres.computeIfAbsent(adres, a -> new ArrayDeque<>());
        synchronized (tijden) {
            vergeet(tijden, nu);
            if (tijden.size() >= MAXIMUM) {
                return false;
            }
            tijden.addLast(nu);
            return true;
        }
    }

    private static void vergeet(Deque<Instant> tijden, Instant nu) {
        while (!tijden.isEmpty() && tijden.peekFirst().isBefore(nu.minus(VENSTER))) {
            tijden.pollFirst();
        }
    }
}
