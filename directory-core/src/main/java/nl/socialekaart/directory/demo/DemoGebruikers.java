package nl.socialekaart.directory.demo;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.gebruiker.GebruikerRepository;
import nl.socialekaart.directory.gebruiker.Gebruikers;
import nl.socialekaart.directory.gebruiker.Rol;

import java.util.UUID;

/**
 * One demo account per role, only in the demo environment; the README lists them. Outside the demo
 * there is no account and no default password: the first beheerder is made with an ops command.
 */
@Singleton
public class DemoGebruikers {

    public static final String WACHTWOORD = "demo-wachtwoord";
    public static final String BEHEERDER = "beheerder@demo.socialekaart.nl";
    public static final String REDACTEUR = "redacteur@lingehart.demo.socialekaart.nl";
    public static final String AANBIEDER = "aanbieder@bibliotheek.demo.socialekaart.nl";
    public static final String PROFESSIONAL = "professional@sociaalteam.demo.socialekaart.nl";

    private final GebruikerRepository repository;
    private final Gebruikers gebruikers;

    DemoGebruikers(GebruikerRepository repository, Gebruikers gebruikers) {
        this.repository = repository;
        this.gebruikers = gebruikers;
    }

    void zorgVoorAccounts() {
        UUID lingehart = DemoGemeenteWriter.id("aanbieder", "lw-lingehart");
        UUID bibliotheek = DemoGemeenteWriter.id("aanbieder", "lw-bibliotheek");
        UUID huissen = DemoGemeenteWriter.id("gebied", "GM1705/huissen");
        zorgVoor(BEHEERDER, "Bea Beheerder", Rol.BEHEERDER, null, null);
        zorgVoor(REDACTEUR, "Ruud Redacteur", Rol.REDACTEUR, lingehart, null);
        zorgVoor(AANBIEDER, "Anna Aanbieder", Rol.AANBIEDER, bibliotheek, null);
        zorgVoor(PROFESSIONAL, "Piet Professional", Rol.PROFESSIONAL, null, huissen);
    }

    private void zorgVoor(String email, String naam, Rol rol, UUID aanbiederId, UUID gebiedId) {
        if (repository.findByEmail(email).isEmpty()) {
            gebruikers.maak(email, naam, WACHTWOORD, rol, aanbiederId, gebiedId);
        }
    }
}
