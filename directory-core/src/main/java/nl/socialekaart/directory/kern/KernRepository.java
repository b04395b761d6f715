package nl.socialekaart.directory.kern;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface KernRepository extends CrudRepository<Kern, UUID> {

    Optional<Kern> findBySlug(String slug);

    List<Kern> findAllOrderByNaam();
}
