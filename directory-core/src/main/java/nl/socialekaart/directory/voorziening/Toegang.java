package nl.socialekaart.directory.voorziening;

/** How a resident gets in, from open to gated. Declaration order is that order. */
public enum Toegang {
    VRIJ_TOEGANKELIJK,
    AANMELDEN,
    VIA_VERWIJZING,
    INDICATIE
}
