package nl.socialekaart.directory.zoeklog;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ZoeklogRepository extends CrudRepository<Zoekopdracht, Long> {

    List<Zoekopdracht> findByZoektekst(String zoektekst);
}
