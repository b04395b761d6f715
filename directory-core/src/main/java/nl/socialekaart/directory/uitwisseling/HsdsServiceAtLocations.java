package nl.socialekaart.directory.uitwisseling;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.directory.weergave.WeergaveNietLeesbaarException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Published voorziening-locatie pairs as HSDS service_at_locations. Paged in PostgreSQL because a page here
 * is a page of pairs, which the index (one document per voorziening) cannot count; a text search is done by
 * the caller in Elasticsearch and passed in as voorziening ids.
 */
@Singleton
public class HsdsServiceAtLocations {

    private static final double AARDSTRAAL_METER = 6_371_000;

    public record Pagina(long totaal, List<HsdsObject> serviceAtLocations) {
    }

    private final DataSource dataSource;
    private final VoorzieningWeergaveReader reader;

    public HsdsServiceAtLocations(DataSource dataSource, VoorzieningWeergaveReader reader) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.reader = reader;
    }

    public Pagina pagina(ServiceAtLocationVraag vraag) {
        StringBuilder sql = new StringBuilder("""
                select vl.voorziening_id, vl.locatie_id, count(*) over ()
                from voorziening_locatie vl
                join voorziening v on v.id = vl.voorziening_id and v.status = 'GEPUBLICEERD'
                join locatie l on l.id = vl.locatie_id
                where true""");
        List<Object> parameters = new ArrayList<>();
        if (vraag.voorzieningIds() != null) {
            sql.append(" and v.id = any (?)");
            parameters.add(vraag.voorzieningIds().toArray(new UUID[0]));
        }
        if (vraag.aanbiederId() != null) {
            sql.append(" and v.aanbieder_id = ?");
            parameters.add(vraag.aanbiederId());
        }
        vraag.termen().forEach((taxonomie, code) -> {
            sql.append(" and exists (select 1 from voorziening_%1$s vt join %1$s t on t.id = vt.%1$s_id where vt.voorziening_id = v.id and t.code = ?)"
                    .formatted(taxonomie.code()));
            parameters.add(code);
        });
        vraag.taxonomieen().forEach(taxonomie -> sql.append(
                " and exists (select 1 from voorziening_%1$s vt where vt.voorziening_id = v.id)".formatted(taxonomie.code())));
        if (vraag.gewijzigdVanaf() != null) {
            sql.append(" and v.gewijzigd_op >= ?");
            parameters.add(Timestamp.from(vraag.gewijzigdVanaf()));
        }
        if (vraag.straalMeter() != null) {
            sql.append(" and ? * 2 * asin(sqrt(power(sin(radians(l.latitude - ?) / 2), 2)"
                    + " + cos(radians(?)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ?) / 2), 2))) <= ?");
            parameters.add(AARDSTRAAL_METER);
            parameters.add(vraag.lat());
            parameters.add(vraag.lat());
            parameters.add(vraag.lon());
            parameters.add(vraag.straalMeter());
        } else if (vraag.postcode() != null) {
            sql.append(" and (replace(l.postcode, ' ', '') like ?");
            parameters.add(vraag.postcode() + "%");
            if (vraag.kern() != null) {
                sql.append(" or exists (select 1 from voorziening_kern vk join kern k on k.id = vk.kern_id"
                        + " where vk.voorziening_id = v.id and k.slug = ?)");
                parameters.add(vraag.kern());
            }
            sql.append(")");
        }
        sql.append(" order by v.naam, v.id, l.naam, l.id limit ? offset ?");
        parameters.add(vraag.aantal());
        parameters.add(vraag.vanaf());

        Map<UUID, List<UUID>> paren = new LinkedHashMap<>();
        List<UUID[]> volgorde = new ArrayList<>();
        long totaal = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                Object p = parameters.get(i);
                if (p instanceof UUID[] ids) {
                    s.setArray(i + 1, c.createArrayOf("uuid", ids));
                } else {
                    s.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID v = rs.getObject(1, UUID.class);
                    UUID l = rs.getObject(2, UUID.class);
                    paren.computeIfAbsent(v, k -> new ArrayList<>()).add(l);
                    volgorde.add(new UUID[]{v, l});
                    totaal = rs.getLong(3);
                }
            }
        } catch (SQLException e) {
            throw new WeergaveNietLeesbaarException(e);
        }
        if (volgorde.isEmpty() && vraag.vanaf() > 0) {
            // past the last page: count without limit
            return new Pagina(pagina(new ServiceAtLocationVraag(vraag.voorzieningIds(), vraag.aanbiederId(),
                    vraag.termen(), vraag.taxonomieen(), vraag.gewijzigdVanaf(), vraag.postcode(), vraag.kern(),
                    vraag.lat(), vraag.lon(), vraag.straalMeter(), 0, Integer.MAX_VALUE)).totaal(), List.of());
        }
        Map<UUID, VoorzieningWeergave> weergaven = new LinkedHashMap<>();
        reader.lees(new LinkedHashSet<>(paren.keySet())).forEach(w -> weergaven.put(w.id(), w));
        List<HsdsObject> resultaat = new ArrayList<>();
        for (UUID[] paar : volgorde) {
            VoorzieningWeergave w = weergaven.get(paar[0]);
            if (w == null) {
                continue;
            }
            w.locaties().stream().filter(l -> l.id().equals(paar[1])).findFirst()
                    .ifPresent(l -> resultaat.add(HsdsMapping.serviceAtLocation(w, l, true)));
        }
        return new Pagina(totaal, resultaat);
    }

    /** A service_at_location by its id, when its voorziening is published. */
    public Optional<HsdsObject> serviceAtLocation(UUID id) {
        UUID[] paar;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select voorziening_id, locatie_id from voorziening_locatie")) {
            paar = null;
            // ids are name-based (not stored), so find the pair whose id matches; indexed by nothing, but the
            // table is a list of uuid pairs (~100,000 at national scale, a few ms)
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next() && paar == null) {
                    UUID v = rs.getObject(1, UUID.class);
                    UUID l = rs.getObject(2, UUID.class);
                    if (HsdsIds.serviceAtLocation(v, l).equals(id)) {
                        paar = new UUID[]{v, l};
                    }
                }
            }
        } catch (SQLException e) {
            throw new WeergaveNietLeesbaarException(e);
        }
        if (paar == null) {
            return Optional.empty();
        }
        UUID locatieId = paar[1];
        return reader.lees(paar[0]).filter(w -> w.status() == Status.GEPUBLICEERD)
                .flatMap(w -> w.locaties().stream().filter(l -> l.id().equals(locatieId)).findFirst()
                        .map(l -> HsdsMapping.serviceAtLocation(w, l, true)));
    }
}
