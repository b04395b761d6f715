package nl.socialekaart.directory.gebruiker;

/** A new account was refused; {@code veld} names the field, the message says why in Dutch. */
public class GebruikerOngeldigException extends RuntimeException {

    private final String veld;

    public GebruikerOngeldigException(String veld, String melding) {
        super(melding);
        this.veld = veld;
    }

    public String veld() {
        return veld;
    }
}
