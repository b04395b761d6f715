package nl.socialekaart.directory.importeren;

import java.util.List;

/**
 * A file as read: its header, its data rows and what was wrong with its form (quoting, column count,
 * encoding, header). Rows with a form error are not in {@code rijen}. {@code onleesbaar}: the file as a
 * whole could not be read (empty, not UTF-8, not a spreadsheet, wrong header), so no row is checked.
 */
public record Bronbestand(List<String> kop, List<Bronrij> rijen, List<Importfout> fouten, boolean onleesbaar) {

    static Bronbestand onleesbaar(List<Importfout> fouten) {
        return new Bronbestand(List.of(), List.of(), List.copyOf(fouten), true);
    }
}
