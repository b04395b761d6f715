package nl.socialekaart.directory.melding;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

/** The meldingen: stored by the portal, worked through by beheer (oldest open first). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MeldingRepository extends CrudRepository<Melding, UUID> {

    List<Melding> findByAfgehandeldOpIsNullOrderByOntvangenOp();

    List<Melding> findByVoorzieningIdOrderByOntvangenOpDesc(UUID voorzieningId);

    long countByAfgehandeldOpIsNull();
}
