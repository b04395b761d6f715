package nl.socialekaart.directory.outbox;

/** The outbox table could not be read or written. */
public class OutboxNietBereikbaarException extends RuntimeException {

    public OutboxNietBereikbaarException(Throwable oorzaak) {
        super("De outbox kon niet worden gelezen of bijgewerkt", oorzaak);
    }
}
