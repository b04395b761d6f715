package nl.socialekaart.directory.weergave;

import io.micronaut.json.JsonMapper;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.voorziening.Status;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads {@link VoorzieningWeergave}s with one query that lets PostgreSQL assemble the JSON, so a full
 * reindex of 100,000 voorzieningen is one streamed result set rather than a query per relation.
 */
@Singleton
public class VoorzieningWeergaveReader {

    private static final String TERMEN = """
            coalesce((select json_agg(json_build_object('code', t.code, 'naam', t.naam) order by t.volgorde, t.naam)
                      from voorziening_%1$s vt join %1$s t on t.id = vt.%1$s_id
                      where vt.voorziening_id = v.id), '[]')""";

    private static final String KERN = """
            json_build_object('slug', k.slug, 'naam', k.naam, 'gebied', g.naam, 'gemeente', gm.naam, 'cbs_code', gm.cbs_code)""";

    /**
     * The status as the public sees it: a GEPUBLICEERD voorziening outside its publication window reads as
     * CONCEPT before the window opens and GEARCHIVEERD after it closed, so the index and the detail page
     * leave it out without knowing about windows.
     */
    private static final String PUBLIEKE_STATUS = """
            case when v.status <> 'GEPUBLICEERD' or voorziening_in_venster(v.zichtbaar_vanaf, v.zichtbaar_tot) then v.status
                 when v.zichtbaar_tot <= now() then 'GEARCHIVEERD' else 'CONCEPT' end""";

    private static final String SELECT = """
            select json_build_object(
                'id', v.id, 'naam', v.naam, 'slug', v.slug, 'korte_omschrijving', v.korte_omschrijving,
                'omschrijving', v.omschrijving, 'soort', v.soort, 'toegang', v.toegang, 'kosten', v.kosten,
                'kosten_toelichting', v.kosten_toelichting, 'telefoon', v.telefoon, 'email', v.email,
                'website', v.website, 'status', %s, 'laatst_gecontroleerd', v.laatst_gecontroleerd,
                'gewijzigd_op', v.gewijzigd_op,
                'aanbieder', json_build_object('id', a.id, 'naam', a.naam, 'slug', a.slug, 'rol', a.rol,
                                               'website', a.website, 'telefoon', a.telefoon, 'email', a.email),
                'themas', %s,
                'doelgroepen', %s,
                'werkgebied', coalesce((select json_agg(%s order by k.naam)
                                        from voorziening_kern vk join kern k on k.id = vk.kern_id
                                        join gebied g on g.id = k.gebied_id join gemeente gm on gm.id = g.gemeente_id
                                        where vk.voorziening_id = v.id), '[]'),
                'locaties', coalesce((select json_agg(json_build_object(
                        'id', l.id, 'naam', l.naam, 'straat', l.straat, 'huisnummer', l.huisnummer,
                        'postcode', l.postcode, 'plaats', l.plaats, 'kern', %s,
                        'punt', json_build_object('lat', l.latitude, 'lon', l.longitude),
                        'rolstoeltoegankelijk', l.rolstoeltoegankelijk,
                        'bag_id', l.bag_id, 'wijkcode', l.wijkcode, 'buurtcode', l.buurtcode,
                        'openingstijden', coalesce((select json_agg(json_build_object(
                                'weekdag', o.weekdag, 'opent', to_char(o.opent, 'HH24:MI'),
                                'sluit', to_char(o.sluit, 'HH24:MI')) order by o.weekdag, o.opent)
                            from openingstijd o where o.voorziening_id = v.id and o.locatie_id = l.id), '[]')
                    ) order by l.naam)
                    from voorziening_locatie vl join locatie l on l.id = vl.locatie_id
                    join kern k on k.id = l.kern_id join gebied g on g.id = k.gebied_id
                    join gemeente gm on gm.id = g.gemeente_id
                    where vl.voorziening_id = v.id), '[]')
            )::text
            from voorziening v join aanbieder a on a.id = v.aanbieder_id
            """.formatted(PUBLIEKE_STATUS, TERMEN.formatted("thema"), TERMEN.formatted("doelgroep"), KERN, KERN);

    private static final int STREAM_FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final JsonMapper jsonMapper;

    public VoorzieningWeergaveReader(DataSource dataSource, JsonMapper jsonMapper) {
        // the plain pool: these classes manage their own connections and transactions, outside
        // Micronaut's contextual ones
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.jsonMapper = jsonMapper;
    }

    public Optional<VoorzieningWeergave> lees(UUID id) {
        return lees(List.of(id)).stream().findFirst();
    }

    /** The weergaven of those ids that exist, whatever their status. */
    public List<VoorzieningWeergave> lees(Collection<UUID> ids) {
        List<VoorzieningWeergave> weergaven = new ArrayList<>(ids.size());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT + " where v.id = any (?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    weergaven.add(parse(rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new WeergaveNietLeesbaarException(e);
        }
        return weergaven;
    }

    /** Streams every published voorziening, in id order, holding one fetch batch in memory at a time. */
    public void leesAlleGepubliceerde(Consumer<VoorzieningWeergave> ontvanger) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL only streams with a cursor inside a transaction
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(SELECT
                    + " where v.status = ? and voorziening_in_venster(v.zichtbaar_vanaf, v.zichtbaar_tot) order by v.id")) {
                statement.setFetchSize(STREAM_FETCH_SIZE);
                statement.setString(1, Status.GEPUBLICEERD.name());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ontvanger.accept(parse(rs.getString(1)));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new WeergaveNietLeesbaarException(e);
        }
    }

    private VoorzieningWeergave parse(String json) {
        try {
            return jsonMapper.readValue(json, VoorzieningWeergave.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
