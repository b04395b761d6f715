package nl.socialekaart.directory.verwijzing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * After a key change ({@link Versleuteling}): re-encrypts every referral still under a previous key with the current
 * one, shortly after the start and then every hour, as long as previous keys are configured. A row changed meanwhile
 * is left for the next round rather than overwritten. When it logs that nothing is left, the previous keys can go.
 */
@Singleton
public class SleutelWissel {

    private static final Logger LOG = LoggerFactory.getLogger(SleutelWissel.class);

    private final DataSource dataSource;
    private final Versleuteling versleuteling;

    SleutelWissel(DataSource dataSource, Versleuteling versleuteling) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.versleuteling = versleuteling;
    }

    /** What one round did: re-encrypted, and left alone because no configured key opens it. */
    public record Uitkomst(int herversleuteld, int onleesbaar) {
    }

    private record Rij(UUID id, @Nullable byte[] clientGegevens, @Nullable byte[] berichten) {
    }

    @Scheduled(fixedDelay = "${sociale-kaart.verwijzing.sleutelwissel-interval:1h}", initialDelay = "30s")
    void planmatig() {
        if (versleuteling.heeftVorigeSleutels()) {
            Uitkomst uitkomst = herversleutel();
            LOG.info("Sleutelwissel: {} verwijzingen opnieuw versleuteld, {} met geen enkele ingestelde sleutel te openen{}",
                    uitkomst.herversleuteld(), uitkomst.onleesbaar(),
                    uitkomst.onleesbaar() == 0 ? "; de vorige sleutels zijn niet meer nodig" : "");
        }
    }

    public Uitkomst herversleutel() {
        int herversleuteld = 0;
        int onleesbaar = 0;
        for (Rij rij : teHerversleutelen()) {
            byte[] clientGegevens;
            byte[] berichten;
            try {
                clientGegevens = opnieuw(rij.clientGegevens(), rij.id());
                berichten = opnieuw(rij.berichten(), rij.id());
            } catch (IllegalStateException geenSleutel) {
                onleesbaar++;
                continue;
            }
            if (werkBij(rij, clientGegevens, berichten)) {
                herversleuteld++;
            }
        }
        return new Uitkomst(herversleuteld, onleesbaar);
    }

    private @Nullable byte[] opnieuw(@Nullable byte[] opgeslagen, UUID id) {
        if (opgeslagen == null || versleuteling.onderHuidigeSleutel(opgeslagen)) {
            return opgeslagen;
        }
        return versleuteling.versleutel(versleuteling.ontsleutel(opgeslagen, id), id);
    }

    private List<Rij> teHerversleutelen() {
        List<Rij> rijen = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select id, client_gegevens, berichten from verwijzing where client_gegevens is not null or berichten is not null");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Rij rij = new Rij(r.getObject(1, UUID.class), r.getBytes(2), r.getBytes(3));
                if (!onderHuidigeSleutel(rij.clientGegevens()) || !onderHuidigeSleutel(rij.berichten())) {
                    rijen.add(rij);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Verwijzingen niet te lezen voor de sleutelwissel", e);
        }
        return rijen;
    }

    private boolean onderHuidigeSleutel(@Nullable byte[] opgeslagen) {
        return opgeslagen == null || versleuteling.onderHuidigeSleutel(opgeslagen);
    }

    /** Only when the row still holds what was read: a referral answered meanwhile is done next round. */
    private boolean werkBij(Rij rij, @Nullable byte[] clientGegevens, @Nullable byte[] berichten) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     update verwijzing set client_gegevens = ?, berichten = ?
                      where id = ? and client_gegevens is not distinct from ? and berichten is not distinct from ?""")) {
            s.setBytes(1, clientGegevens);
            s.setBytes(2, berichten);
            s.setObject(3, rij.id());
            s.setBytes(4, rij.clientGegevens());
            s.setBytes(5, rij.berichten());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Verwijzing " + rij.id() + " niet bij te werken", e);
        }
    }
}
