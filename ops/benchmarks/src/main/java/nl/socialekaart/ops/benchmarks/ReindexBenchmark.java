package nl.socialekaart.ops.benchmarks;

import io.micronaut.context.ApplicationContext;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.search.index.VolledigeHerindexering;

import java.io.IOException;
import java.time.Duration;

/** Times the product's own full reindex ({@link VolledigeHerindexering#herindexeer()}): PostgreSQL read model to a new index and alias swap. */
final class ReindexBenchmark {

    record Meting(long documenten, Duration duur) {

        double documentenPerSeconde() {
            return documenten / (duur.toNanos() / 1e9);
        }
    }

    private final VolledigeHerindexering herindexering;
    private final VoorzieningWeergaveReader reader;

    ReindexBenchmark(ApplicationContext portal) {
        this.herindexering = portal.getBean(VolledigeHerindexering.class);
        this.reader = portal.getBean(VoorzieningWeergaveReader.class);
    }

    /**
     * Only the reindex's read side: the streamed read-model query and the JSON parsing, without Elasticsearch. Tells
     * how much of the reindex is PostgreSQL's and how much the indexing's.
     */
    Meting meetLezen() {
        long start = System.nanoTime();
        long[] documenten = {0};
        reader.leesAlleGepubliceerde(weergave -> documenten[0]++);
        return new Meting(documenten[0], Duration.ofNanos(System.nanoTime() - start));
    }

    Meting meet() throws IOException {
        long start = System.nanoTime();
        long documenten = herindexering.herindexeer();
        return new Meting(documenten, Duration.ofNanos(System.nanoTime() - start));
    }
}
