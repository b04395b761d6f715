package nl.socialekaart.directory.sturing;

import java.sql.SQLException;

/** The database did not answer a steering query. */
public class SturingNietBeschikbaarException extends RuntimeException {

    public SturingNietBeschikbaarException(SQLException oorzaak) {
        super("Sturingsgegevens niet beschikbaar: " + oorzaak.getMessage(), oorzaak);
    }
}
