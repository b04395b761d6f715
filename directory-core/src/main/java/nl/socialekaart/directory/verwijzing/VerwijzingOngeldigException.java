package nl.socialekaart.directory.verwijzing;

import java.util.Map;

/** Input that cannot become (a change to) a referral: per field, a Dutch message for the form. */
public class VerwijzingOngeldigException extends RuntimeException {

    private final transient Map<String, String> fouten;

    public VerwijzingOngeldigException(Map<String, String> fouten) {
        super("Verwijzing ongeldig: " + fouten.keySet());
        this.fouten = Map.copyOf(fouten);
    }

    public Map<String, String> fouten() {
        return fouten;
    }
}
