package nl.socialekaart.directory.importeren;

/**
 * One reason a row cannot be imported: the row number as a spreadsheet shows it (the header is row 1),
 * the column (empty when it is about the whole row or file) and a Dutch reason.
 */
public record Importfout(int rij, String kolom, String reden) {

    public static Importfout bestand(String reden) {
        return new Importfout(0, "", reden);
    }
}
