package nl.socialekaart.directory.redactie;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The parts of a voorziening that are not in its record: links to thema's, doelgroepen, kernen and locaties,
 * the opening periods and the publication window. Uses the transaction's connection (the injected DataSource
 * is contextual), so call it inside a transaction. Replacing a set deletes only what went and inserts only
 * what came, so the audit trail shows the real change.
 */
@Singleton
class Koppelingen {

    /** The gemeente's clock: a window "tot en met 31 december" ends when 1 January starts there. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final DataSource dataSource;

    Koppelingen(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** thema, doelgroep, kern or locatie */
    List<String> lees(String soort, UUID voorzieningId) {
        return strings("select " + soort + "_id::text from voorziening_" + soort + " where voorziening_id = ? order by 1",
                voorzieningId);
    }

    void vervang(String soort, UUID voorzieningId, Collection<String> ids) {
        UUID[] nieuw = ids.stream().map(UUID::fromString).toArray(UUID[]::new);
        voerUit("delete from voorziening_" + soort + " where voorziening_id = ? and not (" + soort + "_id = any (?))",
                voorzieningId, nieuw);
        voerUit("insert into voorziening_" + soort + " (voorziening_id, " + soort + "_id) select ?, unnest(?::uuid[]) "
                + "on conflict do nothing", voorzieningId, nieuw);
    }

    List<VoorzieningInvoer.Periode> leesPeriodes(UUID voorzieningId) {
        List<VoorzieningInvoer.Periode> periodes = new ArrayList<>();
        try (PreparedStatement s = verbinding().prepareStatement("select locatie_id::text, weekdag, to_char(opent, 'HH24:MI'), "
                + "to_char(sluit, 'HH24:MI') from openingstijd where voorziening_id = ? order by weekdag, opent")) {
            s.setObject(1, voorzieningId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    periodes.add(new VoorzieningInvoer.Periode(rs.getString(1), String.valueOf(rs.getInt(2)),
                            rs.getString(3), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return periodes;
    }

    void vervangPeriodes(UUID voorzieningId, List<OpeningstijdenControle.Periode> nieuw) {
        List<OpeningstijdenControle.Periode> oud = leesPeriodes(voorzieningId).stream()
                .map(p -> new OpeningstijdenControle.Periode(p.locatieId(), Integer.parseInt(p.weekdag()),
                        OpeningstijdenControle.tijd(p.opent()), OpeningstijdenControle.tijd(p.sluit())))
                .toList();
        for (OpeningstijdenControle.Periode p : oud) {
            if (!nieuw.contains(p)) {
                voerUit("delete from openingstijd where voorziening_id = ? and locatie_id = ? and weekdag = ? "
                        + "and opent = ? and sluit = ?", voorzieningId, UUID.fromString(p.locatieId()), p.weekdag(),
                        p.opent(), p.sluit());
            }
        }
        for (OpeningstijdenControle.Periode p : nieuw) {
            if (!oud.contains(p)) {
                voerUit("insert into openingstijd (voorziening_id, locatie_id, weekdag, opent, sluit) values (?, ?, ?, ?, ?)",
                        voorzieningId, UUID.fromString(p.locatieId()), p.weekdag(), p.opent(), p.sluit());
            }
        }
    }

    /** The window as dates: zichtbaar vanaf (from the start of that day) and tot en met (to the end of it). */
    LocalDate[] leesVenster(UUID voorzieningId) {
        try (PreparedStatement s = verbinding().prepareStatement(
                "select zichtbaar_vanaf, zichtbaar_tot from voorziening where id = ?")) {
            s.setObject(1, voorzieningId);
            try (ResultSet rs = s.executeQuery()) {
                LocalDate[] venster = new LocalDate[2];
                if (rs.next()) {
                    Timestamp vanaf = rs.getTimestamp(1);
                    Timestamp tot = rs.getTimestamp(2);
                    venster[0] = vanaf == null ? null : vanaf.toInstant().atZone(ZONE).toLocalDate();
                    venster[1] = tot == null ? null : tot.toInstant().atZone(ZONE).toLocalDate().minusDays(1);
                }
                return venster;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void zetVenster(UUID voorzieningId, LocalDate vanaf, LocalDate totEnMet) {
        Timestamp van = vanaf == null ? null : Timestamp.from(vanaf.atStartOfDay(ZONE).toInstant());
        Timestamp tot = totEnMet == null ? null : Timestamp.from(totEnMet.plusDays(1).atStartOfDay(ZONE).toInstant());
        voerUit("update voorziening set zichtbaar_vanaf = ?, zichtbaar_tot = ? where id = ? "
                + "and (zichtbaar_vanaf is distinct from ? or zichtbaar_tot is distinct from ?)", van, tot, voorzieningId, van, tot);
    }

    /** For tests and imports: an exact window. */
    void zetVenster(UUID voorzieningId, Instant vanaf, Instant tot) {
        voerUit("update voorziening set zichtbaar_vanaf = ?, zichtbaar_tot = ? where id = ?",
                vanaf == null ? null : Timestamp.from(vanaf), tot == null ? null : Timestamp.from(tot), voorzieningId);
    }

    private List<String> strings(String sql, Object... parameters) {
        List<String> waarden = new ArrayList<>();
        try (PreparedStatement s = verbinding().prepareStatement(sql)) {
            zet(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    waarden.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return waarden;
    }

    private void voerUit(String sql, Object... parameters) {
        try (PreparedStatement s = verbinding().prepareStatement(sql)) {
            zet(s, parameters);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void zet(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof UUID[] ids) {
                Array array = s.getConnection().createArrayOf("uuid", ids);
                s.setArray(i + 1, array);
            } else if (p instanceof LocalTime t) {
                s.setObject(i + 1, t);
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    /** The current transaction's connection; the contextual DataSource closes it with the transaction. */
    private Connection verbinding() throws SQLException {
        return Objects.requireNonNull(dataSource.getConnection());
    }
}
