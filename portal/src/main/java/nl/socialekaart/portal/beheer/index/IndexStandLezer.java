package nl.socialekaart.portal.beheer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.outbox.Outbox;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;
import nl.socialekaart.search.index.VoorzieningIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/** Reads the figures of the index page from PostgreSQL, the outbox and Elasticsearch. */
@Singleton
public class IndexStandLezer {

    private static final Logger LOG = LoggerFactory.getLogger(IndexStandLezer.class);

    private final VoorzieningRepository voorzieningen;
    private final Outbox outbox;
    private final ElasticsearchClient client;
    private final VoorzieningIndex index;
    private final IndexHerbouw herbouw;

    public IndexStandLezer(VoorzieningRepository voorzieningen, Outbox outbox, ElasticsearchClient client,
                           VoorzieningIndex index, IndexHerbouw herbouw) {
        this.voorzieningen = voorzieningen;
        this.outbox = outbox;
        this.client = client;
        this.index = index;
        this.herbouw = herbouw;
    }

    public IndexStand lees() {
        Long inIndex = null;
        String actueel = null;
        try {
            inIndex = client.count(c -> c.index(index.alias())).count();
            actueel = index.actueleIndex().orElse(null);
        } catch (IOException | RuntimeException e) {
            // the page still shows PostgreSQL and the outbox, and says Elasticsearch does not answer
            LOG.warn("Elasticsearch niet bereikbaar voor de indexpagina: {}", e.toString());
        }
        return new IndexStand(voorzieningen.countByStatus(Status.GEPUBLICEERD), inIndex, outbox.achterstand(),
                outbox.laatstVerwerkt().orElse(null), actueel, herbouw.stand());
    }
}
