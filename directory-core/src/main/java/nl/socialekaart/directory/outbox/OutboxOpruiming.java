package nl.socialekaart.directory.outbox;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/** Keeps the outbox small: every change writes a row, and a processed row is of no use after a while. */
@Singleton
public class OutboxOpruiming {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxOpruiming.class);

    private final Outbox outbox;
    private final Duration bewaren;

    OutboxOpruiming(Outbox outbox, @Value("${sociale-kaart.directory.outbox-bewaartermijn:7d}") Duration bewaren) {
        if (bewaren.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalStateException("sociale-kaart.directory.outbox-bewaartermijn moet minstens 1h zijn");
        }
        this.outbox = outbox;
        this.bewaren = bewaren;
    }

    @Scheduled(fixedDelay = "${sociale-kaart.directory.outbox-opruim-interval:1h}", initialDelay = "2m")
    void planmatig() {
        int weg = outbox.ruimOp(Instant.now().minus(bewaren));
        if (weg > 0) {
            LOG.info("{} verwerkte outbox-rijen opgeruimd (ouder dan {})", weg, bewaren);
        }
    }
}
