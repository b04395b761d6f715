package nl.socialekaart.directory.uitwisseling;

/** Our two taxonomies, each an HSDS taxonomy whose terms are the rows of the table of the same name. */
public enum Taxonomie {
    THEMA("thema", "Thema's", "Het levensdomein waarbij een voorziening helpt (sociale kaart)."),
    DOELGROEP("doelgroep", "Doelgroepen", "Voor wie een voorziening bedoeld is (sociale kaart).");

    private final String code;
    private final String naam;
    private final String omschrijving;

    Taxonomie(String code, String naam, String omschrijving) {
        this.code = code;
        this.naam = naam;
        this.omschrijving = omschrijving;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
