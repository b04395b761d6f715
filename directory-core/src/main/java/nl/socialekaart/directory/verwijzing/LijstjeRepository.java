package nl.socialekaart.directory.verwijzing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface LijstjeRepository extends CrudRepository<Lijstje, String> {
}
