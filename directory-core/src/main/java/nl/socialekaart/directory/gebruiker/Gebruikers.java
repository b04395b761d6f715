package nl.socialekaart.directory.gebruiker;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Creates accounts: the one place where a password becomes a hash and an e-mail address must be unique. */
@Singleton
public class Gebruikers {

    private final GebruikerRepository repository;
    private final Wachtwoorden wachtwoorden;

    public Gebruikers(GebruikerRepository repository, Wachtwoorden wachtwoorden) {
        this.repository = repository;
        this.wachtwoorden = wachtwoorden;
    }

    public Gebruiker maak(String email, String naam, CharSequence wachtwoord, Rol rol, @Nullable UUID aanbiederId,
                          @Nullable UUID gebiedId) {
        String bezwaar = Wachtwoorden.bezwaar(wachtwoord);
        if (bezwaar != null) {
            throw new GebruikerOngeldigException("wachtwoord", bezwaar);
        }
        if (repository.findByEmail(email).isPresent()) {
            throw new GebruikerOngeldigException("email", "Er is al een account met dit e-mailadres.");
        }
        if (rol == Rol.AANBIEDER && aanbiederId == null) {
            throw new GebruikerOngeldigException("aanbiederId", "Kies de aanbieder van dit account.");
        }
        if (rol == Rol.PROFESSIONAL && gebiedId == null) {
            throw new GebruikerOngeldigException("gebiedId", "Kies het gebied van het sociaal team.");
        }
        return repository.save(new Gebruiker(UUID.randomUUID(), email.strip(), naam.strip(), wachtwoorden.hash(wachtwoord),
                rol, aanbiederId, gebiedId, true, null, null));
    }
}
