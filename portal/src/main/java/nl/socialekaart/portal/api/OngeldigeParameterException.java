package nl.socialekaart.portal.api;

/** A query parameter of the public API has a value it cannot use. */
public class OngeldigeParameterException extends RuntimeException {

    private final String parameter;
    private final String reden;

    public OngeldigeParameterException(String parameter, String reden) {
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
