package nl.socialekaart.directory.verwijzing;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Retention: a closed referral (accepted or declined) is anonymised once it has been closed longer than
 * {@code sociale-kaart.verwijzing.bewaartermijn-maanden} (default 12). The client's data, the messages and
 * who handled it are removed; what is left (voorziening, kern, status, dates) only feeds the counts.
 */
@Singleton
public class Bewaartermijn {

    private static final Logger LOG = LoggerFactory.getLogger(Bewaartermijn.class);

    private final VerwijzingRepository repository;
    private final int maanden;

    Bewaartermijn(VerwijzingRepository repository,
                  @Value("${sociale-kaart.verwijzing.bewaartermijn-maanden:12}") int maanden) {
        if (maanden < 1) {
            throw new IllegalStateException("sociale-kaart.verwijzing.bewaartermijn-maanden moet minstens 1 zijn");
        }
        this.repository = repository;
        this.maanden = maanden;
    }

    @Scheduled(fixedDelay = "${sociale-kaart.verwijzing.bewaar-interval:1h}", initialDelay = "1m")
    void planmatig() {
        anonimiseer(Instant.now());
    }

    /** Anonymises what closed before {@code nu} minus the period; returns how many. */
    public int anonimiseer(Instant nu) {
        Instant grens = nu.atOffset(ZoneOffset.UTC).minusMonths(maanden).toInstant();
        int aantal = repository.anonimiseerAfgeslotenVoor(grens);
        if (aantal > 0) {
            LOG.info("{} afgesloten verwijzingen geanonimiseerd (afgesloten voor {})", aantal, grens);
        }
        return aantal;
    }
}
