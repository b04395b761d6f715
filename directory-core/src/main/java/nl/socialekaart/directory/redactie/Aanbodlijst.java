package nl.socialekaart.directory.redactie;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The list of voorzieningen in beheer, filtered by a part of the name, status and aanbieder. */
@Singleton
public class Aanbodlijst {

    private static final int MAXIMUM = 200;

    private final DataSource dataSource;

    public Aanbodlijst(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public record Regel(UUID id, String naam, String aanbieder, String status, Instant gewijzigdOp,
                        boolean voorstelOpen, boolean buitenVenster) {
    }

    /** At most 200, by name; {@code null} filters are not applied. */
    public List<Regel> zoek(@Nullable String naam, @Nullable String status, @Nullable UUID aanbiederId) {
        List<Regel> regels = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     select v.id, v.naam, a.naam, v.status, v.gewijzigd_op,
                            exists (select 1 from wijzigingsvoorstel w where w.voorziening_id = v.id and w.status = 'OPEN'),
                            not voorziening_in_venster(v.zichtbaar_vanaf, v.zichtbaar_tot)
                     from voorziening v join aanbieder a on a.id = v.aanbieder_id
                     where (?::text is null or v.naam ilike '%' || replace(replace(?::text, '%', '\\%'), '_', '\\_') || '%')
                       and (?::text is null or v.status = ?::text)
                       and (?::uuid is null or v.aanbieder_id = ?::uuid)
                     order by lower(v.naam) limit ?""")) {
            s.setString(1, naam);
            s.setString(2, naam);
            s.setString(3, status);
            s.setString(4, status);
            s.setObject(5, aanbiederId);
            s.setObject(6, aanbiederId);
            s.setInt(7, MAXIMUM);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    regels.add(new Regel(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getBoolean(6), rs.getBoolean(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return regels;
    }
}
