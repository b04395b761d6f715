package nl.socialekaart.directory.actualiteit;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether the aanbod is still current: which voorzieningen nobody has confirmed ("laatst gecontroleerd")
 * for {@link #TERMIJN}, and the one-click confirmation. Archived entries are not asked about.
 */
@Singleton
public class Actualiteit {

    /** After this long without a check an entry is asked about (PRODUCT: at least twice a year). */
    public static final Period TERMIJN = Period.ofMonths(6);

    private final DataSource dataSource;
    private final Clock klok;

    @jakarta.inject.Inject
    public Actualiteit(DataSource dataSource) {
        this(dataSource, Clock.systemDefaultZone());
    }

    Actualiteit(DataSource dataSource, Clock klok) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.klok = klok;
    }

    public LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    /** Stale entries grouped per aanbieder (by aanbieder name), only of one aanbieder when given. */
    public Map<UUID, List<VerouderdeVoorziening>> verouderd(Optional<UUID> alleenAanbieder) {
        LocalDate grens = vandaag().minus(TERMIJN);
        String sql = """
                select v.id, v.naam, v.status, v.laatst_gecontroleerd, a.id as aanbieder_id, a.naam as aanbieder_naam,
                       a.email as aanbieder_email
                from voorziening v join aanbieder a on a.id = v.aanbieder_id
                where v.status <> 'GEARCHIVEERD' and (v.laatst_gecontroleerd is null or v.laatst_gecontroleerd < ?)
                  and (?::uuid is null or v.aanbieder_id = ?::uuid)
                order by lower(a.naam), a.id, v.laatst_gecontroleerd nulls first, lower(v.naam)""";
        Map<UUID, List<VerouderdeVoorziening>> perAanbieder = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(grens));
            s.setObject(2, alleenAanbieder.orElse(null));
            s.setObject(3, alleenAanbieder.orElse(null));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Date datum = r.getDate("laatst_gecontroleerd");
                    var v = new VerouderdeVoorziening(r.getObject("id", UUID.class), r.getString("naam"),
                            r.getString("status"), datum == null ? null : datum.toLocalDate(),
                            r.getObject("aanbieder_id", UUID.class), r.getString("aanbieder_naam"),
                            r.getString("aanbieder_email"));
                    perAanbieder.computeIfAbsent(v.aanbiederId(), k -> new ArrayList<>()).add(v);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Verouderd aanbod opvragen mislukt", e);
        }
        return perAanbieder;
    }

    /**
     * Marks a voorziening as checked today ("nog actueel"). With {@code alleenAanbieder} only an entry of that
     * aanbieder. The version goes up, so an edit form opened before sees its copy is stale.
     *
     * @return false when there is no such voorziening (for that aanbieder)
     */
    public boolean nogActueel(UUID voorzieningId, Optional<UUID> alleenAanbieder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                update voorziening set laatst_gecontroleerd = ?, version = version + 1
                where id = ? and (?::uuid is null or aanbieder_id = ?::uuid)""")) {
            s.setDate(1, Date.valueOf(vandaag()));
            s.setObject(2, voorzieningId);
            s.setObject(3, alleenAanbieder.orElse(null));
            s.setObject(4, alleenAanbieder.orElse(null));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Nog actueel markeren mislukt", e);
        }
    }
}
