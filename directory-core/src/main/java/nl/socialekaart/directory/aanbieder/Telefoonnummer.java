package nl.socialekaart.directory.aanbieder;

/**
 * What the directory accepts as a phone number: Dutch numbers as people write them
 * ("026 - 123 45 67", "0900-1234", "+31 26 1234567"), checked loosely because the number is shown,
 * not dialled by software.
 */
public final class Telefoonnummer {

    public static final String PATROON = "(\\+31|0)[0-9 ()-]{8,16}";
    public static final String MELDING = "Vul een Nederlands telefoonnummer in, bijvoorbeeld 026 - 123 45 67.";

    private Telefoonnummer() {
    }
}
