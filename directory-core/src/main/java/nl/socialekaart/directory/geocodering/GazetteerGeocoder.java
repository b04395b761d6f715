package nl.socialekaart.directory.geocodering;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import nl.socialekaart.directory.slug.Slug;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline geocoder, the default: knows the kernen (their centroids) and the postcodes and addresses
 * of the locaties already in the database, nothing else. A full postcode gives the point of the locaties
 * there; a postcode nobody uses yet, or four digits, the average of the locaties in that PC4 area; a
 * postcode with huisnummer, or a street with number (and place), that locatie; a kern name its centroid.
 * Reads the database on every call, so new locaties and kernen count at once and there is no cache to go
 * stale; each lookup is one indexed query.
 */
public class GazetteerGeocoder implements Geocoder {

    private static final Logger LOG = LoggerFactory.getLogger(GazetteerGeocoder.class);

    // matched against the lowercased input: "6851 ae", "6851ae 72", "6851 ae, 3a", "6851 ae huissen"
    private static final Pattern POSTCODE = Pattern.compile(
            "^([1-9][0-9]{3})\\s*([a-z]{2})(?![a-z])[\\s,]*(?:(\\d+)\\s*-?\\s*([a-z](?![a-z]))?)?.*$");
    // "6851", "6851 huissen"
    private static final Pattern PC4 = Pattern.compile("^([1-9][0-9]{3})(?:\\s+[^0-9].*)?$");
    // "langestraat 72 huissen", "langestraat 72-a, huissen", "langestraat 72"
    private static final Pattern STRAAT = Pattern.compile(
            "^(\\D+?)\\s+(\\d+)\\s*-?\\s*([a-z](?![a-z]))?\\s*,?\\s*(\\D*)$");

    private static final String HUISNUMMER = "lower(regexp_replace(coalesce(l.huisnummer, ''), '[^0-9A-Za-z]', '', 'g'))";

    private static final String ADRES = """
            select l.latitude, l.longitude, coalesce(l.straat, l.naam), l.huisnummer, l.postcode, coalesce(l.plaats, k.naam),
                   k.slug, k.naam, l.bag_id, l.wijkcode, l.buurtcode
            from locatie l join kern k on k.id = l.kern_id
            """;

    private static final String POSTCODEGEBIED = """
            select avg(l.latitude), avg(l.longitude), count(*), min(k.slug), max(k.slug), min(k.naam),
                   min(replace(l.postcode, ' ', '')), max(replace(l.postcode, ' ', ''))
            from locatie l join kern k on k.id = l.kern_id
            where replace(l.postcode, ' ', '') like ?
            """;

    private final DataSource dataSource;

    public GazetteerGeocoder(DataSource dataSource) {
        // the plain pool: lookups run outside any transaction of the caller
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public Optional<GeocodeerResultaat> zoek(String invoer) {
        if (invoer == null || invoer.isBlank()) {
            return Optional.empty();
        }
        String tekst = invoer.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        try (Connection connection = dataSource.getConnection()) {
            return zoek(connection, tekst);
        } catch (SQLException e) {
            // not the input: what a resident types may be their home address
            LOG.warn("Gazetteer niet leesbaar: {}", e.toString());
            return Optional.empty();
        }
    }

    private Optional<GeocodeerResultaat> zoek(Connection connection, String tekst) throws SQLException {
        Matcher postcode = POSTCODE.matcher(tekst);
        if (postcode.matches()) {
            String pc6 = postcode.group(1) + postcode.group(2).toUpperCase(Locale.ROOT);
            if (postcode.group(3) != null) {
                Optional<GeocodeerResultaat> adres = adres(connection,
                        "where replace(l.postcode, ' ', '') = ? and " + HUISNUMMER + " = ?", null,
                        pc6, huisnummer(postcode.group(3), postcode.group(4)));
                if (adres.isPresent()) {
                    return adres;
                }
            }
            Optional<GeocodeerResultaat> gebied = postcodegebied(connection, pc6);
            // a resident's own postcode is rarely a locatie's: then its PC4 area is the next best thing
            return gebied.isPresent() ? gebied : postcodegebied(connection, pc6.substring(0, 4));
        }
        Matcher pc4 = PC4.matcher(tekst);
        if (pc4.matches()) {
            return postcodegebied(connection, pc4.group(1));
        }
        Matcher straat = STRAAT.matcher(tekst);
        if (straat.matches()) {
            String plaats = straat.group(4).isBlank() ? null : Slug.van(straat.group(4)).waarde();
            Optional<GeocodeerResultaat> adres = adres(connection,
                    "where lower(l.straat) = ? and " + HUISNUMMER + " = ?", plaats,
                    straat.group(1).strip(), huisnummer(straat.group(2), straat.group(3)));
            if (adres.isPresent()) {
                return adres;
            }
            if (plaats != null) {
                return kern(connection, plaats);
            }
        }
        return kern(connection, Slug.van(tekst).waarde());
    }

    /**
     * The first locatie that matches, as an ADRES with what is stored about it; when {@code plaats} (a slug)
     * is given, only one whose kern or plaats has that name.
     */
    private Optional<GeocodeerResultaat> adres(Connection connection, String waar, String plaats,
                                               String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ADRES + waar + " order by l.naam, l.id limit 50")) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (plaats != null && !plaats.equals(rs.getString(7))
                            && !plaats.equals(Slug.van(rs.getString(6)).waarde())
                            && !plaats.equals(Slug.van(rs.getString(8)).waarde())) {
                        continue;
                    }
                    String postcode = rs.getString(5) == null ? null : weergavePostcode(rs.getString(5));
                    String weergave = "%s %s, %s%s".formatted(rs.getString(3), rs.getString(4),
                            postcode == null ? "" : postcode + " ", rs.getString(6));
                    return Optional.of(new GeocodeerResultaat(new Punt(rs.getDouble(1), rs.getDouble(2)), weergave,
                            postcode, rs.getString(7), rs.getString(9), rs.getString(10), rs.getString(11),
                            Nauwkeurigheid.ADRES));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The locaties with a full postcode (6851AE) or in a PC4 area (6851): their average point, the kern
     * when they all lie in one.
     */
    private Optional<GeocodeerResultaat> postcodegebied(Connection connection, String postcode) throws SQLException {
        boolean volledig = postcode.length() == 6;
        try (PreparedStatement statement = connection.prepareStatement(POSTCODEGEBIED)) {
            statement.setString(1, volledig ? postcode : postcode + "%");
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next() || rs.getLong(3) == 0) {
                    return Optional.empty();
                }
                String kern = rs.getString(4).equals(rs.getString(5)) ? rs.getString(4) : null;
                String kernnaam = kern == null ? null : rs.getString(6);
                String eenPostcode = rs.getString(7).equals(rs.getString(8)) ? weergavePostcode(rs.getString(7)) : null;
                String weergave = (volledig ? weergavePostcode(postcode) : postcode)
                        + (kernnaam == null ? "" : " " + kernnaam);
                return Optional.of(new GeocodeerResultaat(new Punt(rs.getDouble(1), rs.getDouble(2)), weergave,
                        eenPostcode, kern, null, null, null, Nauwkeurigheid.POSTCODE));
            }
        }
    }

    /** A kern by its name, in any case and with or without accents and punctuation: its centroid. */
    private Optional<GeocodeerResultaat> kern(Connection connection, String slug) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select naam, slug, latitude, longitude from kern order by naam, slug");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                if (slug.equals(rs.getString(2)) || slug.equals(Slug.van(rs.getString(1)).waarde())) {
                    return Optional.of(new GeocodeerResultaat(new Punt(rs.getDouble(3), rs.getDouble(4)),
                            rs.getString(1), null, rs.getString(2), null, null, null, Nauwkeurigheid.PLAATS));
                }
            }
        }
        return Optional.empty();
    }

    private static String huisnummer(String nummer, String toevoeging) {
        return nummer.replaceFirst("^0+(?=\\d)", "") + (toevoeging == null ? "" : toevoeging);
    }

    private static String weergavePostcode(String postcode) {
        String zonderSpatie = postcode.replace(" ", "");
        return zonderSpatie.substring(0, 4) + " " + zonderSpatie.substring(4);
    }
}
