package nl.socialekaart.search.zoeken;

/** A search was asked with a value it cannot use; says which parameter and why, in Dutch. */
public class OngeldigeZoekvraagException extends IllegalArgumentException {

    private final String parameter;
    private final String reden;

    public OngeldigeZoekvraagException(String parameter, String reden) {
        super(parameter + " " + reden);
        this.parameter = parameter;
        this.reden = reden;
    }

    public String parameter() {
        return parameter;
    }

    public String reden() {
        return reden;
    }
}
