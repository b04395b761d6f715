package nl.socialekaart.directory.gebruiker;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GebruikerRepository extends CrudRepository<Gebruiker, UUID> {

    /** E-mail addresses are compared without case, as people type them. */
    @Query("select * from gebruiker where lower(email) = lower(:email)")
    Optional<Gebruiker> findByEmail(String email);

    List<Gebruiker> findAllOrderByNaam();
}
