package nl.socialekaart.portal.beheer.index;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;
import nl.socialekaart.search.index.VolledigeHerindexering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a full rebuild of the search index in the background, one at a time, and keeps its progress.
 * The public search keeps answering from the old index until the alias swaps at the end.
 * Progress lives in this instance: with several portal instances, the page shows the rebuild started here.
 */
@Singleton
public class IndexHerbouw {

    private static final Logger LOG = LoggerFactory.getLogger(IndexHerbouw.class);

    private final VolledigeHerindexering herindexering;
    private final VoorzieningRepository voorzieningen;
    private final ExecutorService achtergrond = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("index-herbouw").daemon(true).factory());
    private final AtomicLong verwerkt = new AtomicLong();
    private volatile Herbouw stand = Herbouw.NOOIT;

    public IndexHerbouw(VolledigeHerindexering herindexering, VoorzieningRepository voorzieningen) {
        this.herindexering = herindexering;
        this.voorzieningen = voorzieningen;
    }

    /** Starts a rebuild unless one runs already; returns whether this call started it. */
    public synchronized boolean start() {
        if (stand.bezig()) {
            return false;
        }
        long totaal = voorzieningen.countByStatus(Status.GEPUBLICEERD);
        verwerkt.set(0);
        stand = new Herbouw(true, 0, totaal, 0, Instant.now(), null, null);
        achtergrond.execute(this::voerUit);
        return true;
    }

    public Herbouw stand() {
        Herbouw s = stand;
        if (!s.bezig()) {
            return s;
        }
        long nu = verwerkt.get();
        // 100% only once the alias points at the new index; the last steps after filling show as 99%
        int procent = s.totaal() == 0 ? 0 : (int) Math.min(99, nu * 100 / s.totaal());
        return new Herbouw(true, nu, Math.max(s.totaal(), nu), procent, s.gestart(), null, null);
    }

    private void voerUit() {
        Herbouw begin = stand;
        try {
            long aantal = herindexering.herindexeer(verwerkt::set);
            stand = new Herbouw(false, aantal, aantal, 100, begin.gestart(), Instant.now(), null);
        } catch (Exception | LinkageError e) {
            LOG.error("Herbouw van de zoekindex mislukt; de oude index blijft in gebruik", e);
            stand = new Herbouw(false, verwerkt.get(), begin.totaal(), 0, begin.gestart(), Instant.now(),
                    "De herbouw is mislukt; de oude index blijft in gebruik. Details staan in het logboek.");
        }
    }

    @PreDestroy
    void stop() {
        achtergrond.shutdownNow();
    }
}
