package nl.socialekaart.directory.sturing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregated figures for the gemeente's steering: where the aanbod has gaps, what residents search for
 * without finding it, and how current the entries are. Only counts leave this class, never entries or
 * searches one by one. Read-only SQL, because these are group-bys over several tables that a
 * repository method cannot express.
 */
@Singleton
public class Sturing {

    /** An entry counts as stale when nobody checked it for this long. */
    public static final int VEROUDERD_NA_MAANDEN = 6;

    private final DataSource dataSource;

    public Sturing(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public Dekking dekking() {
        List<String> themas = new ArrayList<>();
        Map<String, Integer> themaKolom = new LinkedHashMap<>();
        Map<String, Dekking.Rij> rijen = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select code, naam from thema order by volgorde, naam");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    themaKolom.put(rs.getString(1), themas.size());
                    themas.add(rs.getString(2));
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select k.slug, k.naam, g.naam from kern k join gebied g on g.id = k.gebied_id
                    join gemeente gm on gm.id = g.gemeente_id order by gm.naam, g.naam, k.naam""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Long> nullen = new ArrayList<>(java.util.Collections.nCopies(themas.size(), 0L));
                    rijen.put(rs.getString(1), new Dekking.Rij(rs.getString(2), rs.getString(1), rs.getString(3), nullen));
                }
            }
            // a voorziening covers a kern when the kern is in its werkgebied or one of its locaties lies there
            try (PreparedStatement s = c.prepareStatement("""
                    with bereik as (
                        select vk.voorziening_id, vk.kern_id from voorziening_kern vk
                        union
                        select vl.voorziening_id, l.kern_id from voorziening_locatie vl join locatie l on l.id = vl.locatie_id)
                    select k.slug, t.code, count(distinct v.id)
                    from bereik b
                    join voorziening v on v.id = b.voorziening_id and v.status = 'GEPUBLICEERD'
                    join voorziening_thema vt on vt.voorziening_id = v.id
                    join thema t on t.id = vt.thema_id
                    join kern k on k.id = b.kern_id
                    group by k.slug, t.code""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Dekking.Rij rij = rijen.get(rs.getString(1));
                    Integer kolom = themaKolom.get(rs.getString(2));
                    if (rij != null && kolom != null) {
                        rij.aantallen().set(kolom, rs.getLong(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new SturingNietBeschikbaarException(e);
        }
        List<Dekking.Rij> lijst = rijen.values().stream()
                .map(r -> new Dekking.Rij(r.kern(), r.kernSlug(), r.gebied(), List.copyOf(r.aantallen()))).toList();
        return new Dekking(List.copyOf(themas), lijst);
    }

    /** Published voorzieningen per soort, every soort in the schema's order, also when zero. */
    public List<Telling> perSoort() {
        return tel("soort", nl.socialekaart.directory.voorziening.Soort.values());
    }

    public List<Telling> perToegang() {
        return tel("toegang", nl.socialekaart.directory.voorziening.Toegang.values());
    }

    public Actualiteit actualiteit(LocalDate vandaag) {
        LocalDate grens = vandaag.minusMonths(VEROUDERD_NA_MAANDEN);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     select count(*) filter (where laatst_gecontroleerd is null),
                            count(*) filter (where laatst_gecontroleerd < ?),
                            count(*)
                     from voorziening where status = 'GEPUBLICEERD'""")) {
            s.setDate(1, Date.valueOf(grens));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Actualiteit(grens, rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new SturingNietBeschikbaarException(e);
        }
    }

    /**
     * The searches since {@code sinds} that found nothing, most frequent first: demand the aanbod does
     * not meet. Search texts are compared in lower case with surrounding spaces removed.
     */
    public List<Zoekvraag> zonderResultaat(Instant sinds, int maximum) {
        return zoekvragen(sinds, maximum, "having count(*) filter (where aantal_resultaten = 0) > 0",
                "zonder_resultaat desc, aantal desc");
    }

    /** The most frequent searches since {@code sinds}, per kern. */
    public List<Zoekvraag> meestGezocht(Instant sinds, int maximum) {
        return zoekvragen(sinds, maximum, "", "aantal desc, zonder_resultaat desc");
    }

    private List<Zoekvraag> zoekvragen(Instant sinds, int maximum, String having, String volgorde) {
        String sql = """
                select coalesce(k.naam, z.kern) as kern, lower(trim(z.zoektekst)) as tekst, count(*) as aantal,
                       count(*) filter (where z.aantal_resultaten = 0) as zonder_resultaat
                from zoeklog z left join kern k on k.slug = z.kern
                where z.gezocht_op >= ? and z.zoektekst is not null and trim(z.zoektekst) <> ''
                group by coalesce(k.naam, z.kern), lower(trim(z.zoektekst))
                %s
                order by %s, tekst, kern nulls first
                limit ?""".formatted(having, volgorde);
        List<Zoekvraag> vragen = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(sinds));
            s.setInt(2, maximum);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    vragen.add(new Zoekvraag(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new SturingNietBeschikbaarException(e);
        }
        return vragen;
    }

    private List<Telling> tel(String kolom, Enum<?>[] waarden) {
        Map<String, Long> aantallen = new LinkedHashMap<>();
        for (Enum<?> w : waarden) {
            aantallen.put(w.name(), 0L);
        }
        // kolom is one of two constants above, never input
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select " + kolom
                     + ", count(*) from voorziening where status = 'GEPUBLICEERD' group by " + kolom);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                aantallen.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new SturingNietBeschikbaarException(e);
        }
        return aantallen.entrySet().stream().map(e -> new Telling(e.getKey(), e.getValue())).toList();
    }
}
