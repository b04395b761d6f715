package nl.socialekaart.search.sync;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.outbox.Outbox;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.testdata.TestAanbod;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;
import nl.socialekaart.ops.stack.SharedTestStack;
import nl.socialekaart.search.index.VoorzieningIndex;
import nl.socialekaart.search.zoeken.Wachten;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Elasticsearch really stopped while aanbod is edited: every edit succeeds, waits in the outbox, and once the
 * node is back each one is in the index exactly once; an archived one is gone.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchStoringIT implements MetEmbeddedStack {

    private static final String WOORD = "Ijsvogelhof";

    @Inject TestAanbod aanbod;
    @Inject VoorzieningRepository voorzieningen;
    @Inject Outbox outbox;
    @Inject ElasticsearchClient client;
    @Inject VoorzieningIndex index;

    @AfterEach
    void elasticsearchWeerAan() {
        SharedTestStack.get().startElasticsearch();
    }

    @Test
    void editsMadeWhileElasticsearchIsDownAreAppliedOnceWhenItIsBack() throws IOException {
        Voorziening teArchiveren = aanbod.gepubliceerd("Buurtkamer " + WOORD + " Oud", "Koffie in de buurt");
        Wachten.tot("eerste voorziening geïndexeerd", Duration.ofSeconds(10), () -> aantal(WOORD) == 1);

        SharedTestStack.get().stopElasticsearch();
        List<Voorziening> nieuw = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            nieuw.add(aanbod.gepubliceerd("Buurtkamer " + WOORD + " " + i, "Koffie in de buurt"));
        }
        Voorziening hernoemd = voorzieningen.update(nieuw.getFirst().metNaam("Buurtkamer " + WOORD + " Hernoemd"));
        voorzieningen.update(voorzieningen.findById(teArchiveren.id()).orElseThrow().metStatus(Status.GEARCHIVEERD));
        assertTrue(outbox.achterstand() > 0, "de wijzigingen wachten in de outbox");

        SharedTestStack.get().startElasticsearch();
        Wachten.tot("outbox leeg na herstel", Duration.ofSeconds(60), () -> outbox.achterstand() == 0);
        index.ververs(index.alias());

        assertEquals(5, aantal(WOORD), "vijf nieuwe, geen gearchiveerde, niets dubbel");
        assertEquals(1, aantal("Hernoemd " + WOORD), "de hernoemde met zijn nieuwe naam");
        assertFalse(bestaat(teArchiveren), "de gearchiveerde is uit de index");
        assertTrue(bestaat(hernoemd));
    }

    private long aantal(String woorden) {
        try {
            return client.count(c -> c.index(index.alias()).query(q -> q.match(m -> m
                    .field("naam").query(woorden).operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And))))
                    .count();
        } catch (IOException e) {
            return -1;
        }
    }

    private boolean bestaat(Voorziening voorziening) throws IOException {
        return client.exists(e -> e.index(index.alias()).id(voorziening.id().toString())).value();
    }
}
