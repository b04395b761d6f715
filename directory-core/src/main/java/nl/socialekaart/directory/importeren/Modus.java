package nl.socialekaart.directory.importeren;

/** What to do with a file that has invalid rows; the user chooses after the dry run. */
public enum Modus {
    /** Any invalid row, or any row the database refuses: nothing is written. */
    ALLES_OF_NIETS,
    /** Every valid row is written, each on its own; invalid rows are left out. */
    ALLEEN_GELDIGE
}
