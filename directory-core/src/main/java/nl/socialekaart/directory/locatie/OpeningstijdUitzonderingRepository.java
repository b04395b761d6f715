package nl.socialekaart.directory.locatie;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OpeningstijdUitzonderingRepository extends CrudRepository<OpeningstijdUitzondering, UUID> {

    /** The exceptions that still matter on or after {@code vanaf}, earliest first. */
    List<OpeningstijdUitzondering> findByVoorzieningIdAndTotGreaterThanEqualsOrderByVan(UUID voorzieningId, LocalDate vanaf);
}
