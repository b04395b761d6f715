package nl.socialekaart.directory.verwijzing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VerwijzingRepository extends CrudRepository<Verwijzing, UUID> {

    List<Verwijzing> findByGebiedIdOrderByVerstuurdOpDesc(UUID gebiedId);

    List<Verwijzing> findByAanbiederIdOrderByVerstuurdOpDesc(UUID aanbiederId);

    /** Anonymise: the personal data and who handled it go; routing, status and dates stay for the counts. */
    @Query("""
            update verwijzing set client_gegevens = null, berichten = null, toestemming_op = null, verwijzer_id = null,
                   behandelaar_id = null, geanonimiseerd_op = now()
             where geanonimiseerd_op is null and afgesloten_op < :grens""")
    int anonimiseerAfgeslotenVoor(Instant grens);

    @Query("insert into verwijzing_inzage (verwijzing_id, gebruiker_id, rol, handeling) values (:verwijzingId, :gebruikerId, :rol, :handeling)")
    void logInzage(UUID verwijzingId, UUID gebruikerId, String rol, String handeling);

    @Query("""
            select coalesce(k.naam, '(onbekend)') as kern, t.naam as thema, v.status as status, count(*) as aantal
              from verwijzing v
              left join kern k on k.id = v.kern_id
              join voorziening_thema vt on vt.voorziening_id = v.voorziening_id
              join thema t on t.id = vt.thema_id
             group by k.naam, t.naam, v.status
             order by k.naam, t.naam, v.status""")
    List<Telling> tel();

    /** Where to notify a receiving organisation: its active AANBIEDER accounts. */
    @Query("select email from gebruiker where rol = 'AANBIEDER' and aanbieder_id = :aanbiederId and actief order by email")
    List<String> aanbiederAdressen(UUID aanbiederId);
}
