package nl.socialekaart.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.outbox.Outbox;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

/**
 * Rebuilds the index from PostgreSQL: streams every published voorziening into a NEW index, and only
 * when all of them are in does the alias move to it. Until then searches keep using the old index.
 * Changes made while it runs are taken from the outbox and applied to the new index before the swap.
 */
@Singleton
public class VolledigeHerindexering {

    private static final Logger LOG = LoggerFactory.getLogger(VolledigeHerindexering.class);

    private final ElasticsearchClient client;
    private final VoorzieningIndex index;
    private final VoorzieningWeergaveReader reader;
    private final Outbox outbox;
    private final DocumentSchrijver schrijver;
    private final ReentrantLock bezig = new ReentrantLock();

    public VolledigeHerindexering(ElasticsearchClient client, VoorzieningIndex index, VoorzieningWeergaveReader reader,
                                  Outbox outbox, DocumentSchrijver schrijver) {
        this.client = client;
        this.index = index;
        this.reader = reader;
        this.outbox = outbox;
        this.schrijver = schrijver;
    }

    /**
     * Runs one full reindex; a second caller waits for a running one to finish and then runs its own.
     *
     * @return the number of voorzieningen in the new index
     */
    public long herindexeer() throws IOException {
        return herindexeer(aantal -> {
        });
    }

    /**
     * As {@link #herindexeer()}, telling {@code voortgang} how many voorzieningen it has handed to the
     * new index so far (for the progress bar on the beheer index page).
     */
    public long herindexeer(LongConsumer voortgang) throws IOException {
        bezig.lock();
        try {
            long outboxStand = outbox.hoogsteId();
            String nieuweIndex = index.maakNieuweIndex();
            long aantal = vul(nieuweIndex, voortgang);
            schrijver.schrijf(nieuweIndex, outbox.gewijzigdNa(outboxStand));
            index.maakDoorzoekbaar(nieuweIndex);
            index.wisselNaar(nieuweIndex);
            LOG.info("Index {} opgebouwd met {} voorzieningen; alias {} wijst ernaar", nieuweIndex, aantal, index.alias());
            return aantal;
        } finally {
            bezig.unlock();
        }
    }

    private long vul(String nieuweIndex, LongConsumer voortgang) {
        AtomicLong aantal = new AtomicLong();
        Fouten fouten = new Fouten();
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b
                .client(client)
                .maxOperations(1000)
                // one request in flight while the next batch is read and serialised: both cores busy
                .maxConcurrentRequests(2)
                .listener(fouten))) {
            reader.leesAlleGepubliceerde(weergave -> {
                ingester.add(BulkOperation.of(op -> op.index(i -> i
                        .index(nieuweIndex).id(weergave.id().toString()).document(VoorzieningDocument.van(weergave)))));
                voortgang.accept(aantal.incrementAndGet());
            });
        }
        fouten.gooiAlsIetsMislukte(nieuweIndex);
        return aantal.get();
    }

    /** Collects every rejected document or failed request, so a reindex fails loudly instead of partially. */
    private static final class Fouten implements BulkListener<Void> {

        private final ConcurrentLinkedQueue<String> meldingen = new ConcurrentLinkedQueue<>();

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    meldingen.add(item.id() + ": " + item.error().reason());
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
            meldingen.add("bulkverzoek mislukt: " + failure);
        }

        void gooiAlsIetsMislukte(String index) {
            if (!meldingen.isEmpty()) {
                throw new HerindexeringMisluktException(index, List.copyOf(meldingen));
            }
        }
    }
}
