package nl.socialekaart.directory.redactie;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.socialekaart.directory.voorziening.Voorziening;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Tells the audit triggers (V13, ADR 0005) who makes the changes of the current transaction. The setting is
 * transaction-local: it ends with the transaction, so a pooled connection never carries it to someone else.
 * Call it inside the transaction, before the first write; without it the audit records 'systeem'.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditGebruiker extends GenericRepository<Voorziening, UUID> {

    @Query("select set_config('sociale_kaart.gebruiker', :gebruiker, true)")
    String zet(String gebruiker);

    /** The same, for code that runs its own JDBC transaction (the imports); set it again after each commit. */
    static void zet(Connection transactie, String gebruiker) throws SQLException {
        try (PreparedStatement zet = transactie.prepareStatement("select set_config('sociale_kaart.gebruiker', ?, true)")) {
            zet.setString(1, gebruiker);
            zet.execute();
        }
    }
}
