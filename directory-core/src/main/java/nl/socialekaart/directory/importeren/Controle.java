package nl.socialekaart.directory.importeren;

import java.util.List;

/**
 * The dry run of a file: every error (file, form and value errors, sorted by row) and the rows that can be
 * written. Nothing has been written yet.
 */
public record Controle(int aantalRijen, List<ImportRij> geldig, List<Importfout> fouten, boolean onleesbaar) {

    public boolean foutloos() {
        return fouten.isEmpty();
    }

    /** Rows with at least one error (a row can have several). */
    public long aantalOngeldig() {
        return fouten.stream().filter(f -> f.rij() > 1).mapToInt(Importfout::rij).distinct().count();
    }
}
