package nl.socialekaart.directory.importeren;

import java.util.List;

/** One data row as read from the file, before any interpretation; {@code rij} as a spreadsheet numbers it. */
public record Bronrij(int rij, List<String> waarden) {
}
