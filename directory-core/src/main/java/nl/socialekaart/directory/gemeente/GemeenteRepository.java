package nl.socialekaart.directory.gemeente;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GemeenteRepository extends CrudRepository<Gemeente, UUID> {

    Optional<Gemeente> findByCbsCode(String cbsCode);
}
