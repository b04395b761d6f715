package nl.socialekaart.directory.voorziening;

/**
 * Publication status; only GEPUBLICEERD reaches the public index, and only inside its publication window
 * (zichtbaar vanaf/tot). Beheer's workflow: CONCEPT -> TER_BEOORDELING -> GEPUBLICEERD -> GEARCHIVEERD.
 */
public enum Status {
    CONCEPT,
    TER_BEOORDELING,
    GEPUBLICEERD,
    GEARCHIVEERD
}
