package nl.socialekaart.search.zoeken;

/**
 * A dimension people can filter on, with the index field behind it and the query parameter that selects it.
 * Several values of one facet widen the search (OR); different facets narrow it (AND).
 */
public enum Facet {
    KERN("kern", "kernen"),
    GEBIED("gebied", "gebieden"),
    GEMEENTE("gemeente", "gemeenten"),
    THEMA("thema", "themas.code"),
    DOELGROEP("doelgroep", "doelgroepen.code"),
    TOEGANG("toegang", "toegang"),
    KOSTEN("kosten", "kosten"),
    SOORT("soort", "soort");

    private final String parameter;
    private final String veld;

    Facet(String parameter, String veld) {
        this.parameter = parameter;
        this.veld = veld;
    }

    public String parameter() {
        return parameter;
    }

    String veld() {
        return veld;
    }
}
