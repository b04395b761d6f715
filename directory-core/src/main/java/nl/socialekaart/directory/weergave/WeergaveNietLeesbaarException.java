package nl.socialekaart.directory.weergave;

/** The database could not be read while assembling voorziening weergaven. */
public class WeergaveNietLeesbaarException extends RuntimeException {

    public WeergaveNietLeesbaarException(Throwable oorzaak) {
        super("Voorzieningen konden niet uit de database worden gelezen", oorzaak);
    }
}
