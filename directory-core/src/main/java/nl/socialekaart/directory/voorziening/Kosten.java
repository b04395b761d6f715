package nl.socialekaart.directory.voorziening;

/** What it costs the resident. */
public enum Kosten {
    GRATIS,
    EIGEN_BIJDRAGE,
    BETAALD
}
