package nl.socialekaart.directory.verwijzing;

/** How soon the client needs help, as the professional judges it. */
public enum Urgentie {
    NORMAAL("Normaal"), HOOG("Binnen een week"), SPOED("Spoed: binnen twee werkdagen");

    private final String label;

    Urgentie(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
