package nl.socialekaart.portal.opendata.hsds;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-client rate limit in fixed one-minute windows: cheap (one map entry per client seen this minute), and a
 * client that is over the limit is told exactly how long to wait (the rest of the window).
 */
@Singleton
public class Snelheidsbegrenzer {

    private static final long VENSTER_MS = 60_000;

    private record Teller(long venster, int aantal) {
    }

    private final ConcurrentMap<String, Teller> tellers = new ConcurrentHashMap<>();
    private final HsdsConfiguration configuration;
    private final Clock klok;

    public Snelheidsbegrenzer(HsdsConfiguration configuration) {
        this(configuration, Clock.systemUTC());
    }

    Snelheidsbegrenzer(HsdsConfiguration configuration, Clock klok) {
        this.configuration = configuration;
        this.klok = klok;
    }

    /** Counts the request; empty when it may go ahead, else the seconds to wait (Retry-After). */
    public OptionalLong verzoek(String client) {
        long nu = klok.millis();
        long venster = nu / VENSTER_MS;
        Teller teller = tellers.merge(client, new Teller(venster, 1),
                (oud, nieuw) -> oud.venster() == venster ? new Teller(venster, oud.aantal() + 1) : nieuw);
        if (tellers.size() > 10_000) {
            tellers.values().removeIf(t -> t.venster() < venster);
        }
        if (teller.aantal() <= configuration.getVerzoekenPerMinuut()) {
            return OptionalLong.empty();
        }
        long resterendMs = (venster + 1) * VENSTER_MS - nu;
        return OptionalLong.of(Math.max(1, (resterendMs + 999) / 1000));
    }
}
