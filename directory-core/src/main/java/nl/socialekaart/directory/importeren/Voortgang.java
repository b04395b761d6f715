package nl.socialekaart.directory.importeren;

/** Told after each row, so a page can show a progress bar for a large file. */
@FunctionalInterface
public interface Voortgang {

    Voortgang GEEN = (verwerkt, totaal) -> { };

    void bij(int verwerkt, int totaal);
}
