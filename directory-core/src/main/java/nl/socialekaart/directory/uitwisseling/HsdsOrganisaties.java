package nl.socialekaart.directory.uitwisseling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.weergave.WeergaveNietLeesbaarException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Aanbieders as HSDS organizations: only those with at least one published voorziening, so the open data
 * shows no organisation whose aanbod is all concept or archived.
 */
@Singleton
public class HsdsOrganisaties {

    private static final String VAN = """
            from aanbieder a
            where exists (select 1 from voorziening v where v.aanbieder_id = a.id and v.status = 'GEPUBLICEERD')
            """;
    private static final String VELDEN = "a.id, a.naam, a.omschrijving, a.website, a.email, a.telefoon";

    public record Pagina(long totaal, List<HsdsObject> organisaties) {
    }

    private final DataSource dataSource;

    public HsdsOrganisaties(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** @param naamBevat only organisations whose name contains this, ignoring case (HSDS's search parameter) */
    public Pagina pagina(@Nullable String naamBevat, int vanaf, int aantal) {
        String filter = naamBevat == null ? "" : " and a.naam ilike ? escape '\\'";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select " + VELDEN + ", count(*) over () " + VAN + filter
                     + " order by a.naam, a.id limit ? offset ?")) {
            int i = 1;
            if (naamBevat != null) {
                s.setString(i++, "%" + naamBevat.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            s.setInt(i++, aantal);
            s.setInt(i, vanaf);
            List<HsdsObject> organisaties = new ArrayList<>();
            long totaal = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    organisaties.add(organisatie(rs));
                    totaal = rs.getLong(7);
                }
            }
            if (organisaties.isEmpty() && vanaf > 0) {
                totaal = tel(c, naamBevat);
            }
            return new Pagina(totaal, organisaties);
        } catch (SQLException e) {
            throw new WeergaveNietLeesbaarException(e);
        }
    }

    public Optional<HsdsObject> organisatie(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select " + VELDEN + " " + VAN + " and a.id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(organisatie(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WeergaveNietLeesbaarException(e);
        }
    }

    /** The ids of the aanbieder's published voorzieningen, by name. */
    public List<UUID> gepubliceerdeVoorzieningen(UUID aanbiederId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select id from voorziening where aanbieder_id = ? and status = 'GEPUBLICEERD' order by naam, id")) {
            s.setObject(1, aanbiederId);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new WeergaveNietLeesbaarException(e);
        }
    }

    /** Every aanbieder's own description (some thousands), for a bulk export. */
    public java.util.Map<UUID, String> alleOmschrijvingen() {
        java.util.Map<UUID, String> omschrijvingen = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, omschrijving from aanbieder where omschrijving is not null");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                omschrijvingen.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
            return omschrijvingen;
        } catch (SQLException e) {
            throw new WeergaveNietLeesbaarException(e);
        }
    }

    /** Each aanbieder's own description, for organisations nested in services. */
    public java.util.Map<UUID, String> omschrijvingen(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> omschrijvingen = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, omschrijving from aanbieder where id = any (?) and omschrijving is not null")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    omschrijvingen.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
            return omschrijvingen;
        } catch (SQLException e) {
            throw new WeergaveNietLeesbaarException(e);
        }
    }

    private long tel(Connection c, @Nullable String naamBevat) throws SQLException {
        String filter = naamBevat == null ? "" : " and a.naam ilike ?";
        try (PreparedStatement s = c.prepareStatement("select count(*) " + VAN + filter)) {
            if (naamBevat != null) {
                s.setString(1, "%" + naamBevat + "%");
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static HsdsObject organisatie(ResultSet rs) throws SQLException {
        return HsdsMapping.organisatie(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6));
    }
}
