package nl.socialekaart.directory.taxonomie;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DoelgroepRepository extends CrudRepository<Doelgroep, UUID> {

    Optional<Doelgroep> findByCode(String code);

    List<Doelgroep> findAllOrderByVolgorde();
}
