package nl.socialekaart.portal.web.beveiliging;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.gebruiker.Gebruiker;
import nl.socialekaart.directory.gebruiker.GebruikerRepository;
import nl.socialekaart.directory.gebruiker.Wachtwoorden;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks an e-mail address and password against the accounts in PostgreSQL. */
@Singleton
public class GebruikerAuthenticatie<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final GebruikerRepository gebruikers;
    private final Wachtwoorden wachtwoorden;
    /** Checked when the account does not exist, so a wrong address takes as long as a wrong password. */
    private final String onbestaandeHash;
    private final Clock clock;

    public GebruikerAuthenticatie(GebruikerRepository gebruikers, Wachtwoorden wachtwoorden, Clock clock) {
        this.gebruikers = gebruikers;
        this.wachtwoorden = wachtwoorden;
        this.clock = clock;
        this.onbestaandeHash = wachtwoorden.hash("geen-account-met-dit-adres");
    }

    @Override
    public String getExecutorName() {
        return TaskExecutors.BLOCKING;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> inlog) {
        Optional<Gebruiker> gevonden = gebruikers.findByEmail(inlog.getIdentity().strip());
        boolean klopt = wachtwoorden.klopt(inlog.getSecret(), gevonden.map(Gebruiker::wachtwoordHash).orElse(onbestaandeHash));
        if (gevonden.isEmpty() || !klopt) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        Gebruiker gebruiker = gevonden.get();
        if (!gebruiker.actief()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        return AuthenticationResponse.success(gebruiker.email(), List.of(gebruiker.rol().name()), kenmerken(gebruiker, clock.millis()));
    }

    /** What pages and access checks need to know of the user, carried in the signed token. */
    private static Map<String, Object> kenmerken(Gebruiker gebruiker, long nu) {
        Map<String, Object> kenmerken = new HashMap<>();
        // in milliseconds, unlike the token's own iat: a logout and a new login can fall in the same second
        kenmerken.put(Ingelogd.INGELOGD_OP, nu);
        kenmerken.put(Ingelogd.GEBRUIKER_ID, gebruiker.id().toString());
        kenmerken.put(Ingelogd.NAAM, gebruiker.naam());
        if (gebruiker.aanbiederId() != null) {
            kenmerken.put(Ingelogd.AANBIEDER_ID, gebruiker.aanbiederId().toString());
        }
        if (gebruiker.gebiedId() != null) {
            kenmerken.put(Ingelogd.GEBIED_ID, gebruiker.gebiedId().toString());
        }
        return kenmerken;
    }
}
