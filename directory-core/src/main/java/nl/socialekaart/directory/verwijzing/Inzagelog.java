package nl.socialekaart.directory.verwijzing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The trail of who read or changed which referral ({@code verwijzing_inzage}), for the beheerder or privacy officer
 * who checks that only people with a reason read clients' data. It names employees and referral ids, never a
 * client. An account deleted since still shows with its id.
 */
@Singleton
public class Inzagelog {

    public static final int MAXIMUM = 200;

    private final DataSource dataSource;

    public Inzagelog(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public record Inzage(Instant op, UUID gebruikerId, @Nullable String naam, @Nullable String email, String rol,
                         String handeling, UUID verwijzingId) {
    }

    /** How much one employee read since a moment: many referrals in a short time is what to look into. */
    public record Lezer(UUID gebruikerId, @Nullable String naam, @Nullable String email, String rol, long inzagen,
                        long verwijzingen) {
    }

    /** The newest {@value #MAXIMUM} entries, optionally of one employee (part of the e-mail address) or one referral. */
    public List<Inzage> recent(@Nullable String email, @Nullable UUID verwijzingId) {
        List<Inzage> inzagen = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     select i.op, i.gebruiker_id, g.naam, g.email, i.rol, i.handeling, i.verwijzing_id
                       from verwijzing_inzage i left join gebruiker g on g.id = i.gebruiker_id
                      where (?::text is null or g.email ilike '%' || ? || '%')
                        and (?::uuid is null or i.verwijzing_id = ?)
                      order by i.op desc, i.id desc limit ?""")) {
            s.setString(1, email);
            s.setString(2, email);
            s.setObject(3, verwijzingId);
            s.setObject(4, verwijzingId);
            s.setInt(5, MAXIMUM);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    inzagen.add(new Inzage(r.getTimestamp(1).toInstant(), r.getObject(2, UUID.class), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getObject(7, UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Inzagelog niet te lezen", e);
        }
        return inzagen;
    }

    /** Per employee since {@code sinds}: entries and distinct referrals, most first. */
    public List<Lezer> lezers(Instant sinds) {
        List<Lezer> lezers = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     select i.gebruiker_id, g.naam, g.email, min(i.rol), count(*), count(distinct i.verwijzing_id)
                       from verwijzing_inzage i left join gebruiker g on g.id = i.gebruiker_id
                      where i.op >= ?
                      group by i.gebruiker_id, g.naam, g.email
                      order by count(distinct i.verwijzing_id) desc, count(*) desc""")) {
            s.setTimestamp(1, Timestamp.from(sinds));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lezers.add(new Lezer(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                            r.getLong(5), r.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Inzagelog niet te lezen", e);
        }
        return lezers;
    }
}
