package nl.socialekaart.directory.gebruiker;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GebruikerRepository extends CrudRepository<Gebruiker, UUID> {

    /** E-mail addresses are compared without case, as people type them. */
    @Query("select * from gebruiker where lower(email) = lower(:email)")
    Optional<Gebruiker> findByEmail(String email);

    List<Gebruiker> findAllOrderByNaam();

    /** Tokens of this account issued before {@code op} are no longer accepted. */
    @Query("update gebruiker set sessies_ingetrokken_op = :op where id = :id")
    void trekSessiesIn(UUID id, Instant op);

    /** Since when earlier sessions are refused; empty when they never were. */
    @Query("select sessies_ingetrokken_op from gebruiker where id = :id and sessies_ingetrokken_op is not null")
    Optional<Instant> findSessiesIngetrokkenOpById(UUID id);
}
