package nl.socialekaart.directory.redactie;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/** Reads the audit trail (V13, ADR 0005) of one voorziening: its own rows and those of its links and periods. */
@Singleton
public class Historie {

    private final DataSource dataSource;
    private final JsonMapper json;

    public Historie(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** One field that changed: its column, the value before and after (empty when there was none). */
    public record Verandering(String veld, String voor, String na) {
    }

    public record Regel(Instant tijdstip, String gebruiker, String tabel, String actie, List<Verandering> veranderingen) {
    }

    /** Newest first. Columns that merely follow every save (version, gewijzigd_op) are left out. */
    @Transactional(readOnly = true)
    public List<Regel> van(UUID voorzieningId) {
        List<Regel> regels = new ArrayList<>();
        try (PreparedStatement s = dataSource.getConnection().prepareStatement(
                "select tijdstip, gebruiker, tabel, actie, voor::text, na::text from audit "
                        + "where voorziening_id = ? order by id desc limit 500")) {
            s.setObject(1, voorzieningId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    regels.add(new Regel(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), veranderingen(rs.getString(5), rs.getString(6))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return regels;
    }

    private List<Verandering> veranderingen(String voorJson, String naJson) {
        Map<String, Object> voor = kaart(voorJson);
        Map<String, Object> na = kaart(naJson);
        TreeSet<String> velden = new TreeSet<>(voor.keySet());
        velden.addAll(na.keySet());
        velden.removeAll(List.of("version", "gewijzigd_op"));
        List<Verandering> lijst = new ArrayList<>();
        for (String veld : velden) {
            Object a = voor.get(veld);
            Object b = na.get(veld);
            if (!Objects.equals(a, b)) {
                lijst.add(new Verandering(veld, a == null ? "" : a.toString(), b == null ? "" : b.toString()));
            }
        }
        return lijst;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> kaart(String s) {
        if (s == null) {
            return Map.of();
        }
        try {
            return json.readValue(s, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
