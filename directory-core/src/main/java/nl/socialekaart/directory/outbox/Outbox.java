package nl.socialekaart.directory.outbox;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The transactional outbox, filled by database triggers (V2__create_outbox.sql) and drained by the
 * search indexer. Rows are claimed with {@code for update skip locked}, so several portal instances
 * can drain it side by side without applying a change twice at the same time.
 */
@Singleton
public class Outbox {

    private final DataSource dataSource;

    public Outbox(DataSource dataSource) {
        // the plain pool: these classes manage their own connections and transactions, outside
        // Micronaut's contextual ones
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /**
     * Claims up to {@code maximum} open items and hands them to {@code verwerker}. They are marked
     * processed only when it returns true; otherwise (or when it throws) they stay open for a retry.
     *
     * @return the number of items marked processed
     */
    public int verwerk(int maximum, Predicate<List<OutboxItem>> verwerker) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<OutboxItem> items = claim(connection, maximum);
                if (items.isEmpty() || !verwerker.test(items)) {
                    connection.rollback();
                    return 0;
                }
                markeerVerwerkt(connection, items);
                connection.commit();
                return items.size();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new OutboxNietBereikbaarException(e);
        }
    }

    public long achterstand() {
        return querySingleLong("select count(*) from outbox where verwerkt_op is null").orElse(0L);
    }

    /** How long the oldest open row has waited: how far the index is behind PostgreSQL; zero when none is open. */
    public java.time.Duration oudsteOpen() {
        return querySingleLong("""
                select coalesce(floor(extract(epoch from clock_timestamp() - min(aangemaakt_op)) * 1000), 0)::bigint
                  from outbox where verwerkt_op is null""")
                .map(java.time.Duration::ofMillis).orElse(java.time.Duration.ZERO);
    }

    /** When the indexer last applied a change: the beheer index page shows it as the last sync. */
    public Optional<java.time.Instant> laatstVerwerkt() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select max(verwerkt_op) from outbox");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            java.sql.Timestamp tijd = rs.getTimestamp(1);
            return Optional.ofNullable(tijd).map(java.sql.Timestamp::toInstant);
        } catch (SQLException e) {
            throw new OutboxNietBereikbaarException(e);
        }
    }

    /** The voorzieningen changed after outbox item {@code id}, processed or not. */
    public Set<UUID> gewijzigdNa(long id) {
        Set<UUID> ids = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select distinct voorziening_id from outbox where id > ?")) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new OutboxNietBereikbaarException(e);
        }
        return ids;
    }

    /**
     * Deletes processed rows processed before {@code grens}, except the newest processed one (it dates the last
     * sync). Open rows are never touched. Processed rows only matter to a full reindex that is running (minutes).
     *
     * @return how many rows were deleted
     */
    public int ruimOp(java.time.Instant grens) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     delete from outbox where verwerkt_op < ?
                        and id < (select max(id) from outbox where verwerkt_op is not null)""")) {
            statement.setTimestamp(1, java.sql.Timestamp.from(grens));
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxNietBereikbaarException(e);
        }
    }

    public long hoogsteId() {
        return querySingleLong("select coalesce(max(id), 0) from outbox").orElse(0L);
    }

    private static List<OutboxItem> claim(Connection connection, int maximum) throws SQLException {
        List<OutboxItem> items = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select id, voorziening_id from outbox
                where verwerkt_op is null order by id limit ? for update skip locked""")) {
            statement.setInt(1, maximum);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    items.add(new OutboxItem(rs.getLong(1), rs.getObject(2, UUID.class)));
                }
            }
        }
        return items;
    }

    private static void markeerVerwerkt(Connection connection, List<OutboxItem> items) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update outbox set verwerkt_op = clock_timestamp() where id = any (?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", items.stream().map(OutboxItem::id).toArray()));
            statement.executeUpdate();
        }
    }

    private Optional<Long> querySingleLong(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new OutboxNietBereikbaarException(e);
        }
    }
}
