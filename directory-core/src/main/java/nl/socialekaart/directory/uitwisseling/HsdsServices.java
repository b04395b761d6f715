package nl.socialekaart.directory.uitwisseling;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Toegang;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.WeergaveNietLeesbaarException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Published voorzieningen paged by name from PostgreSQL, for the HSDS service list without text search. Elasticsearch
 * pays for deep pages (from = 9,950 sorts 10,000 hits: ~360 ms at 100,000 documents on the benchmark machine); the
 * partial index of V40 gives any page in milliseconds. Text searches still go to Elasticsearch, where relevance
 * decides the order and deep pages are rare.
 */
@Singleton
public class HsdsServices {

    private static final String VELDEN = """
            v.id, v.naam, v.slug, v.korte_omschrijving, v.omschrijving, v.soort, v.toegang, v.kosten, v.kosten_toelichting,
            v.telefoon, v.email, v.website, v.laatst_gecontroleerd, v.gewijzigd_op, v.aanbieder_id""";

    public record Pagina(long totaal, List<VoorzieningWeergave> voorzieningen) {
    }

    private final DataSource dataSource;

    public HsdsServices(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /**
     * One page of published voorzieningen, each criterion given must hold (as {@link ServiceAtLocationVraag}, without
     * the text and place criteria). The weergaven hold the voorziening's own fields only: relations are empty.
     */
    public Pagina pagina(ServiceAtLocationVraag vraag) {
        StringBuilder waar = new StringBuilder(" from voorziening v where v.status = 'GEPUBLICEERD'");
        List<Object> parameters = new ArrayList<>();
        if (vraag.aanbiederId() != null) {
            waar.append(" and v.aanbieder_id = ?");
            parameters.add(vraag.aanbiederId());
        }
        vraag.termen().forEach((taxonomie, code) -> {
            waar.append(" and exists (select 1 from voorziening_%1$s vt join %1$s t on t.id = vt.%1$s_id where vt.voorziening_id = v.id and t.code = ?)"
                    .formatted(taxonomie.code()));
            parameters.add(code);
        });
        vraag.taxonomieen().forEach(taxonomie -> waar.append(
                " and exists (select 1 from voorziening_%1$s vt where vt.voorziening_id = v.id)".formatted(taxonomie.code())));
        if (vraag.gewijzigdVanaf() != null) {
            waar.append(" and v.gewijzigd_op >= ?");
            parameters.add(Timestamp.from(vraag.gewijzigdVanaf()));
        }
        try (Connection c = dataSource.getConnection()) {
            long totaal;
            try (PreparedStatement s = c.prepareStatement("select count(*)" + waar)) {
                zet(s, parameters);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    totaal = rs.getLong(1);
                }
            }
            List<VoorzieningWeergave> voorzieningen = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select " + VELDEN + waar + " order by v.naam, v.id limit ? offset ?")) {
                List<Object> metPagina = new ArrayList<>(parameters);
                metPagina.add(vraag.aantal());
                metPagina.add(vraag.vanaf());
                zet(s, metPagina);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        voorzieningen.add(weergave(rs));
                    }
                }
            }
            return new Pagina(totaal, voorzieningen);
        } catch (SQLException e) {
            throw new WeergaveNietLeesbaarException(e);
        }
    }

    private static VoorzieningWeergave weergave(ResultSet rs) throws SQLException {
        java.sql.Date gecontroleerd = rs.getDate(13);
        return new VoorzieningWeergave(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), Soort.valueOf(rs.getString(6)), Toegang.valueOf(rs.getString(7)),
                Kosten.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                Status.GEPUBLICEERD, gecontroleerd == null ? null : gecontroleerd.toLocalDate(),
                rs.getTimestamp(14).toInstant(),
                new VoorzieningWeergave.AanbiederWeergave(rs.getObject(15, UUID.class), null, null, null, null, null, null),
                List.of(), List.of(), List.of(), List.of());
    }

    private static void zet(PreparedStatement s, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
    }
}
