package nl.socialekaart.directory.voorziening;

/**
 * The kind of voorziening, from light to heavy ("zo licht als mogelijk, zo zwaar als nodig").
 * Declaration order is that order; search uses it to prefer the lighter option.
 */
public enum Soort {
    ALGEMEEN,
    COLLECTIEF,
    VOORLIGGEND,
    LICHTE_MAATWERK,
    /** Listed for orientation only: needs an indicatie/beschikking. */
    MAATWERK
}
