package nl.socialekaart.directory.redactie;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Puts published voorzieningen in the outbox when their publication window opens or closes, so the index
 * adds or drops them without anyone editing them: nothing in the database changes at that moment, so no
 * trigger fires. Remembers up to when it looked; after a restart it looks back from the start of time once,
 * which only re-sends voorzieningen that have a window (the indexer applies a row twice harmlessly).
 */
@Singleton
public class ZichtbaarheidsBewaking {

    private static final Logger LOG = LoggerFactory.getLogger(ZichtbaarheidsBewaking.class);

    private final DataSource dataSource;
    private Instant bekekenTot = Instant.EPOCH;

    public ZichtbaarheidsBewaking(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Scheduled(fixedDelay = "${sociale-kaart.directory.zichtbaarheid-interval:1m}", initialDelay = "10s")
    public synchronized void bewaak() {
        try {
            int aantal = meld();
            if (aantal > 0) {
                LOG.info("{} voorziening(en) in of uit hun publicatievenster gegaan; naar de index gestuurd", aantal);
            }
        } catch (SQLException e) {
            LOG.warn("Publicatievensters nakijken lukt nu niet: {}", e.toString());
        }
    }

    /** @return how many voorzieningen were put in the outbox */
    public synchronized int meld() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     insert into outbox (voorziening_id)
                     select id from voorziening
                     where status = 'GEPUBLICEERD'
                       and ((zichtbaar_vanaf > ? and zichtbaar_vanaf <= ?) or (zichtbaar_tot > ? and zichtbaar_tot <= ?))""")) {
            Instant nu = Instant.now();
            Timestamp van = Timestamp.from(bekekenTot);
            Timestamp tot = Timestamp.from(nu);
            s.setTimestamp(1, van);
            s.setTimestamp(2, tot);
            s.setTimestamp(3, van);
            s.setTimestamp(4, tot);
            int aantal = s.executeUpdate();
            bekekenTot = nu;
            return aantal;
        }
    }
}
