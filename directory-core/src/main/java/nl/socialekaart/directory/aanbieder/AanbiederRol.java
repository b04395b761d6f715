package nl.socialekaart.directory.aanbieder;

/** The part an organisation plays in the sociale basis of a gemeente. */
public enum AanbiederRol {
    HOOFDAANNEMER,
    PARTNER,
    VRIJWILLIGERSORGANISATIE,
    BEWONERSINITIATIEF,
    GEMEENTE,
    COMMERCIEEL
}
