package nl.socialekaart.search.relevantie;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The simplest search that could work, as a yardstick for Elasticsearch: PostgreSQL full-text search with the
 * built-in {@code dutch} configuration (snowball stemmer, Dutch stop words; no synonyms, no typo tolerance),
 * computed on the fly (no index needed for 226 rows). Weights: naam A, korte_omschrijving + thema names B,
 * omschrijving C; {@code websearch_to_tsquery} (terms are ANDed), ranked by {@code ts_rank_cd}. Only published
 * voorzieningen; the kern filter is the search's: the kern is in the werkgebied or a locatie is in that kern.
 */
public final class PostgresFullTextBaseline {

    private static final String SQL = """
            with document as (
                select v.id, v.naam,
                       setweight(to_tsvector('dutch', v.naam), 'A')
                       || setweight(to_tsvector('dutch', v.korte_omschrijving || ' ' || coalesce(
                              (select string_agg(t.naam, ' ')
                               from voorziening_thema vt join thema t on t.id = vt.thema_id
                               where vt.voorziening_id = v.id), '')), 'B')
                       || setweight(to_tsvector('dutch', coalesce(v.omschrijving, '')), 'C') as tekst
                from voorziening v
                where v.status = 'GEPUBLICEERD'
                  and (cast(? as text) is null
                       or exists (select 1 from voorziening_kern vk join kern k on k.id = vk.kern_id
                                  where vk.voorziening_id = v.id and k.slug = ?)
                       or exists (select 1 from voorziening_locatie vl join locatie l on l.id = vl.locatie_id
                                  join kern k on k.id = l.kern_id
                                  where vl.voorziening_id = v.id and k.slug = ?))
            )
            select d.id, ts_rank_cd(d.tekst, q) as rang
            from document d, websearch_to_tsquery('dutch', ?) q
            where d.tekst @@ q
            order by rang desc, d.naam, d.id
            limit ?""";

    private final DataSource dataSource;

    public PostgresFullTextBaseline(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return ids of the best matching published voorzieningen, best first */
    public List<UUID> zoek(String tekst, String kern, int maximum) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, kern);
            statement.setString(2, kern);
            statement.setString(3, kern);
            statement.setString(4, tekst);
            statement.setInt(5, maximum);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("baseline-zoekvraag mislukt: " + tekst, e);
        }
    }
}
