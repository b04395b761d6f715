package nl.socialekaart.search.index;

/** A full reindex was asked for while one is already running. */
public class HerindexeringBezigException extends IllegalStateException {

    public HerindexeringBezigException() {
        super("Er loopt al een volledige herindexering");
    }
}
