package nl.socialekaart.search.zoeken;

/** How results are ordered: by how well they match, or by how near their nearest locatie is. */
public enum Sortering {
    RELEVANTIE,
    AFSTAND
}
