package nl.socialekaart.directory.outbox;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.socialekaart.directory.aanbieder.AanbiederRepository;
import nl.socialekaart.directory.testdata.TestAanbod;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxIT implements MetEmbeddedStack {

    @Inject TestAanbod aanbod;
    @Inject VoorzieningRepository voorzieningen;
    @Inject AanbiederRepository aanbieders;
    @Inject TransactionOperations<Connection> transactions;
    @Inject DataSource dataSource;
    @Inject Outbox outbox;

    @Test
    void publishedVoorzieningChangeWritesAnOutboxRow() {
        Voorziening voorziening = aanbod.gepubliceerd("Huiskamer Outbox", "Koffie en een praatje");
        long voor = outboxRijen(voorziening.id());

        voorzieningen.update(voorziening.metNaam("Huiskamer Outbox Nieuw"));

        assertEquals(voor + 1, outboxRijen(voorziening.id()));
    }

    @Test
    void conceptChangeWritesNoOutboxRow() {
        Voorziening concept = aanbod.voorziening("Concept Outbox", "Nog niet klaar", Status.CONCEPT);

        voorzieningen.update(concept.metNaam("Concept Outbox Nieuw"));

        assertEquals(0, outboxRijen(concept.id()));
    }

    @Test
    void archivingWritesAnOutboxRowSoTheIndexDropsIt() {
        Voorziening voorziening = aanbod.gepubliceerd("Scootmobielpool Archief", "Samen scootmobielen delen");
        long voor = outboxRijen(voorziening.id());

        voorzieningen.update(voorziening.metStatus(Status.GEARCHIVEERD));

        assertEquals(voor + 1, outboxRijen(voorziening.id()));
    }

    @Test
    void rolledBackChangeWritesNoOutboxRowAndKeepsTheOldName() {
        Voorziening voorziening = aanbod.gepubliceerd("Tafeltje Dekje Rollback", "Warme maaltijd thuis");
        long voor = outboxRijen(voorziening.id());

        assertThrows(IllegalStateException.class, () -> transactions.executeWrite(status -> {
            voorzieningen.update(voorziening.metNaam("Tafeltje Dekje Halverwege"));
            throw new IllegalStateException("afgebroken");
        }));

        assertEquals(voor, outboxRijen(voorziening.id()));
        assertEquals("Tafeltje Dekje Rollback", voorzieningen.findById(voorziening.id()).orElseThrow().naam());
    }

    @Test
    void renamingAnAanbiederWritesARowForItsPublishedVoorziening() {
        Voorziening voorziening = aanbod.gepubliceerd("Klussendienst Aanbieder", "Kleine klusjes in huis");
        long voor = outboxRijen(voorziening.id());
        var aanbieder = aanbieders.findById(voorziening.aanbiederId()).orElseThrow();

        aanbieders.update(new nl.socialekaart.directory.aanbieder.Aanbieder(aanbieder.id(), aanbieder.naam() + " BV",
                aanbieder.slug(), aanbieder.rol(), aanbieder.omschrijving(), aanbieder.website(), aanbieder.telefoon(),
                aanbieder.email(), aanbieder.gewijzigdOp(), aanbieder.version()));

        assertEquals(voor + 1, outboxRijen(voorziening.id()));
    }

    @Test
    void changingItsLocatieOrThemaWritesARowForThePublishedVoorziening() {
        Voorziening voorziening = aanbod.gepubliceerd("Repair Café Locatie", "Samen spullen repareren");

        long voor = outboxRijen(voorziening.id());
        voerUit("update locatie set straat = 'Kerkstraat' where id in "
                + "(select locatie_id from voorziening_locatie where voorziening_id = ?)", voorziening.id());
        assertEquals(voor + 1, outboxRijen(voorziening.id()));

        voerUit("update thema set naam = naam || '' where id in "
                + "(select thema_id from voorziening_thema where voorziening_id = ?)", voorziening.id());
        assertEquals(voor + 2, outboxRijen(voorziening.id()));
    }

    @Test
    void theDatabaseRefusesAWebsiteThatIsNoWebAddressWhateverThePath() {
        Voorziening voorziening = aanbod.gepubliceerd("Formulierenhulp Website", "Hulp bij formulieren");

        assertThrows(IllegalStateException.class, () -> voerUit(
                "update voorziening set website = 'javascript:alert(1)' where id = ?", voorziening.id()));
    }

    @Test
    void processedRowsPastTheRetentionAreDeletedButOpenRowsAndTheNewestProcessedOneStay() {
        Voorziening oud = aanbod.gepubliceerd("Boodschappendienst Opruimen", "Boodschappen aan huis");
        Voorziening open = aanbod.gepubliceerd("Maaltijdservice Opruimen", "Warme maaltijden aan huis");
        Voorziening nieuwste = aanbod.gepubliceerd("Belbus Opruimen", "Vervoer op afroep");
        werkBij("update outbox set verwerkt_op = now() - interval '30 days' where voorziening_id = ?", oud.id());
        werkBij("update outbox set verwerkt_op = null where voorziening_id = ?", open.id());
        werkBij("update outbox set verwerkt_op = now() where voorziening_id = ?", nieuwste.id());
        long openRijen = outboxRijen(open.id());

        int weg = outbox.ruimOp(Instant.now().minus(Duration.ofDays(7)));

        assertTrue(weg >= 1, "opgeruimd: " + weg);
        assertEquals(0, outboxRijen(oud.id()));
        assertEquals(openRijen, outboxRijen(open.id()), "open rijen blijven staan");
        assertTrue(outboxRijen(nieuwste.id()) > 0);
        assertTrue(outbox.laatstVerwerkt().isPresent());
    }

    private void voerUit(String sql, UUID voorzieningId) {
        assertEquals(1, werkBij(sql, voorzieningId));
    }

    private int werkBij(String sql, UUID voorzieningId) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, voorzieningId);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long outboxRijen(UUID voorzieningId) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from outbox where voorziening_id = ?")) {
            statement.setObject(1, voorzieningId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
