package nl.socialekaart.directory.gebruiker;

/** What a person who logs in may do. The names are the role names in security checks. */
public enum Rol {
    /** Users, taxonomies, kernen and gebieden, and everything a redacteur may do. */
    BEHEERDER,
    /** The hoofdaannemer's redactie: all aanbod, and approving what aanbieders submit. */
    REDACTEUR,
    /** A partner organisation: only its own voorzieningen, and its changes go to review. */
    AANBIEDER,
    /** A sociaal-team professional: reads internal fields and refers clients. */
    PROFESSIONAL
}
