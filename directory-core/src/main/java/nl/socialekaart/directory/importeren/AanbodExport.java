package nl.socialekaart.directory.importeren;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole aanbod as CSV in the columns of the import template ({@link Kolom}), so that an export can be
 * edited in a spreadsheet and imported again. A voorziening without extern id gets its own id as extern id;
 * the import recognises that. Per voorziening one locatie (the first by name): the file has one per row.
 */
@Singleton
public class AanbodExport {

    /** Excel recognises UTF-8 only with a byte order mark; the import skips it. */
    public static final String BOM = "\uFEFF";

    private static final String SQL = """
            select coalesce(v.extern_id, v.id::text) as extern_id, v.naam, a.slug as aanbieder, v.korte_omschrijving,
                   v.omschrijving, v.soort, v.toegang, v.kosten, v.kosten_toelichting, v.telefoon, v.email, v.website,
                   (select string_agg(t.code, '|' order by t.volgorde, t.code) from voorziening_thema vt
                      join thema t on t.id = vt.thema_id where vt.voorziening_id = v.id) as themas,
                   (select string_agg(d.code, '|' order by d.volgorde, d.code) from voorziening_doelgroep vd
                      join doelgroep d on d.id = vd.doelgroep_id where vd.voorziening_id = v.id) as doelgroepen,
                   (select string_agg(k.slug, '|' order by k.slug) from voorziening_kern vk
                      join kern k on k.id = vk.kern_id where vk.voorziening_id = v.id) as werkgebied,
                   l.naam as locatie_naam, l.straat, l.huisnummer, l.postcode, l.plaats, l.kern as locatie_kern,
                   l.latitude, l.longitude, v.status, v.laatst_gecontroleerd
            from voorziening v
            join aanbieder a on a.id = v.aanbieder_id
            left join lateral (
                select l.naam, l.straat, l.huisnummer, l.postcode, l.plaats, k.slug as kern, l.latitude, l.longitude
                from voorziening_locatie vl join locatie l on l.id = vl.locatie_id join kern k on k.id = l.kern_id
                where vl.voorziening_id = v.id order by lower(l.naam), l.id limit 1) l on true
            order by a.slug, lower(v.naam), v.id""";

    private final DataSource dataSource;

    public AanbodExport(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** @return the number of voorzieningen written */
    public int schrijf(Writer uit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(SQL)) {
            s.setFetchSize(500);
            uit.write(BOM);
            CSVPrinter printer = new CSVPrinter(uit, CSVFormat.RFC4180.builder().setHeader(Kolom.koppen().toArray(String[]::new)).get());
            int aantal = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> rij = new ArrayList<>(Kolom.values().length);
                    for (Kolom kolom : Kolom.values()) {
                        rij.add(Spreadsheetveilig.heen(r.getString(kolom.kop())));
                    }
                    printer.printRecord(rij);
                    aantal++;
                }
            }
            printer.flush();
            return aantal;
        } catch (SQLException e) {
            throw new IllegalStateException("Export van het aanbod mislukt", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template: the header row and nothing else (docs/import.md explains every column). */
    public static String sjabloon() {
        StringBuilder uit = new StringBuilder(BOM);
        try {
            new CSVPrinter(uit, CSVFormat.RFC4180.builder().setHeader(Kolom.koppen().toArray(String[]::new)).get()).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }
}
