package nl.socialekaart.search.zoeken;

import jakarta.inject.Inject;
import nl.socialekaart.directory.outbox.Outbox;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.search.index.VoorzieningIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;

/**
 * Base of the search tests on the demo data (annotate the subclass with
 * {@code @MicronautTest(environments = "demo", transactional = false)}): before the tests, every change is applied
 * from the outbox and made searchable, since applied is not yet visible until Elasticsearch's next refresh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OpDemodata implements MetEmbeddedStack {

    @Inject Outbox outbox;
    @Inject VoorzieningIndex index;

    @BeforeAll
    void indexBijgewerkt() throws IOException {
        Wachten.tot("outbox leeg", Duration.ofSeconds(30), () -> outbox.achterstand() == 0);
        index.ververs(index.alias());
    }
}
