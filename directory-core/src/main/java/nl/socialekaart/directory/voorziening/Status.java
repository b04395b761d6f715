package nl.socialekaart.directory.voorziening;

/** Publication status; only GEPUBLICEERD reaches the public index. */
public enum Status {
    CONCEPT,
    GEPUBLICEERD,
    GEARCHIVEERD
}
