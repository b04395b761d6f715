package nl.socialekaart.search.sync;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.outbox.Outbox;
import nl.socialekaart.directory.outbox.OutboxItem;
import nl.socialekaart.search.ElasticsearchConfiguration;
import nl.socialekaart.search.index.DocumentSchrijver;
import nl.socialekaart.search.index.VolledigeHerindexering;
import nl.socialekaart.search.index.VoorzieningIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the index in step with PostgreSQL: builds it when the alias is missing or of an older mapping
 * version, then keeps draining the outbox. When Elasticsearch is unreachable the outbox simply keeps
 * its rows and the next run applies them: nothing is lost.
 */
@Singleton
public class IndexSynchronisatie {

    private static final Logger LOG = LoggerFactory.getLogger(IndexSynchronisatie.class);

    private final VoorzieningIndex index;
    private final VolledigeHerindexering herindexering;
    private final DocumentSchrijver schrijver;
    private final Outbox outbox;
    private final int batch;
    private volatile boolean indexGereed;
    private volatile boolean storingGemeld;

    public IndexSynchronisatie(VoorzieningIndex index, VolledigeHerindexering herindexering, DocumentSchrijver schrijver,
                               Outbox outbox, ElasticsearchConfiguration configuration) {
        this.index = index;
        this.herindexering = herindexering;
        this.schrijver = schrijver;
        this.outbox = outbox;
        this.batch = configuration.syncBatch();
    }

    @Scheduled(fixedDelay = "${sociale-kaart.elasticsearch.sync-interval:250ms}",
            initialDelay = "${sociale-kaart.elasticsearch.sync-interval:250ms}")
    public synchronized void synchroniseer() {
        try {
            if (!indexGereed) {
                if (!index.heeftHuidigeVersie()) {
                    herindexering.herindexeer();
                }
                indexGereed = true;
            }
            while (outbox.verwerk(batch, this::pasToe) > 0) {
                // drain until empty
            }
            if (storingGemeld) {
                LOG.info("Index weer bijgewerkt; outbox-achterstand {}", outbox.achterstand());
                storingGemeld = false;
            }
        } catch (IOException | RuntimeException e) {
            if (!storingGemeld) {
                // no stack trace: an unreachable Elasticsearch or database is an expected state here
                LOG.warn("Index bijwerken lukt nu niet; wijzigingen wachten in de outbox. Oorzaak: {}", e.toString());
                storingGemeld = true;
            }
        }
    }

    private boolean pasToe(List<OutboxItem> items) {
        Set<UUID> ids = new LinkedHashSet<>();
        items.forEach(item -> ids.add(item.voorzieningId()));
        try {
            schrijver.schrijf(index.alias(), ids);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
