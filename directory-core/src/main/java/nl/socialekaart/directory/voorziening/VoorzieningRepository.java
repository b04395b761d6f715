package nl.socialekaart.directory.voorziening;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

/** Voorzieningen and the links that make up the aggregate: thema's, doelgroepen, werkgebied, locaties. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VoorzieningRepository extends CrudRepository<Voorziening, UUID> {

    long countByStatus(Status status);

    /** The ids of an aanbieder's voorzieningen with this status, by name (the portal's aanbieder page). */
    List<UUID> findIdByAanbiederIdAndStatusOrderByNaam(UUID aanbiederId, Status status);

    @Query("insert into voorziening_thema (voorziening_id, thema_id) values (:voorzieningId, :themaId) on conflict do nothing")
    void koppelThema(UUID voorzieningId, UUID themaId);

    @Query("insert into voorziening_doelgroep (voorziening_id, doelgroep_id) values (:voorzieningId, :doelgroepId) on conflict do nothing")
    void koppelDoelgroep(UUID voorzieningId, UUID doelgroepId);

    @Query("insert into voorziening_kern (voorziening_id, kern_id) values (:voorzieningId, :kernId) on conflict do nothing")
    void koppelKern(UUID voorzieningId, UUID kernId);

    @Query("insert into voorziening_locatie (voorziening_id, locatie_id) values (:voorzieningId, :locatieId) on conflict do nothing")
    void koppelLocatie(UUID voorzieningId, UUID locatieId);
}
