package nl.socialekaart.directory.verwijzing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProfessioneleGegevensRepository extends CrudRepository<ProfessioneleGegevens, UUID> {

    List<ProfessioneleGegevens> findByVoorzieningIdIn(Collection<UUID> voorzieningIds);
}
