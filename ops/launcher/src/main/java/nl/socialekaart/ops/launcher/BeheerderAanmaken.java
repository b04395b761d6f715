package nl.socialekaart.ops.launcher;

import io.micronaut.context.ApplicationContext;
import nl.socialekaart.directory.gebruiker.GebruikerOngeldigException;
import nl.socialekaart.directory.gebruiker.Gebruikers;
import nl.socialekaart.directory.gebruiker.Rol;

import java.io.Console;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar sociale-kaart.jar beheerder-aanmaken --email=... --naam=...}: makes the first
 * BEHEERDER account (there is no default password outside the demo). The password is asked twice on
 * the terminal, or read from SOCIALE_KAART_WACHTWOORD when there is no terminal (scripts). Uses the same
 * database as the application (embedded work folder, or the configured external one).
 */
final class BeheerderAanmaken {

    static final String OPDRACHT = "beheerder-aanmaken";

    private BeheerderAanmaken() {
    }

    static int voerUit(String[] args) {
        String email = null;
        String naam = null;
        List<String> rest = new ArrayList<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            if (arg.startsWith("--email=")) {
                email = arg.substring("--email=".length());
            } else if (arg.startsWith("--naam=")) {
                naam = arg.substring("--naam=".length());
            } else {
                rest.add(arg);
            }
        }
        if (email == null || naam == null) {
            System.err.println("Gebruik: java -jar sociale-kaart.jar beheerder-aanmaken --email=ADRES --naam=\"VOOR ACHTER\"");
            return 2;
        }
        char[] wachtwoord = leesWachtwoord();
        if (wachtwoord == null) {
            return 2;
        }
        rest.add("--zonder-demo");
        try (ApplicationContext context = SocialeKaart.start(StartOpties.lees(rest.toArray(String[]::new), System.getenv(),
                System.getProperties()))) {
            context.getBean(Gebruikers.class).maak(email, naam, new String(wachtwoord), Rol.BEHEERDER, null, null);
            System.out.println("Beheerder " + email + " aangemaakt. Log in op /beheer/inloggen.");
            return 0;
        } catch (GebruikerOngeldigException e) {
            System.err.println(e.getMessage());
            return 1;
        } finally {
            Arrays.fill(wachtwoord, ' ');
        }
    }

    private static char[] leesWachtwoord() {
        Console console = System.console();
        if (console == null) {
            String uitOmgeving = System.getenv("SOCIALE_KAART_WACHTWOORD");
            if (uitOmgeving == null) {
                System.err.println("Geen terminal: geef het wachtwoord in SOCIALE_KAART_WACHTWOORD.");
                return null;
            }
            return uitOmgeving.toCharArray();
        }
        char[] eerste = console.readPassword("Wachtwoord (minstens 12 tekens): ");
        char[] tweede = console.readPassword("Nog een keer: ");
        if (!Arrays.equals(eerste, tweede)) {
            System.err.println("De twee wachtwoorden zijn niet gelijk.");
            return null;
        }
        return eerste;
    }
}
