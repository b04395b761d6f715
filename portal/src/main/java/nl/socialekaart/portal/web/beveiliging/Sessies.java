package nl.socialekaart.portal.web.beveiliging;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.gebruiker.Gebruiker;
import nl.socialekaart.directory.gebruiker.GebruikerRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a signed, unexpired login token still stands for the account as it is now. A token is refused once its
 * account is deactivated, has another role, aanbieder or gebied, or ended its sessions (logging out, a new password)
 * after the token was issued. The account's state is read from PostgreSQL and kept {@value #BEWAARD_SECONDEN} s per
 * account, so a change made on another instance counts within that time; on this instance at once.
 */
@Singleton
public class Sessies {

    static final long BEWAARD_SECONDEN = 10;

    private record Stand(Optional<Gebruiker> gebruiker, Optional<Instant> ingetrokkenOp, Instant gelezen) {
    }

    private final GebruikerRepository gebruikers;
    private final Clock clock;
    private final ConcurrentHashMap<UUID, Stand> standen = new ConcurrentHashMap<>();

    public Sessies(GebruikerRepository gebruikers, Clock clock) {
        this.gebruikers = gebruikers;
        this.clock = clock;
    }

    public boolean geldig(Ingelogd ingelogd, Instant ingelogdOp) {
        Stand stand = standen.compute(ingelogd.gebruikerId(), (id, oud) ->
                oud != null && oud.gelezen().isAfter(clock.instant().minusSeconds(BEWAARD_SECONDEN)) ? oud : lees(id));
        return stand.gebruiker().filter(Gebruiker::actief)
                .filter(g -> g.rol() == ingelogd.rol())
                .filter(g -> Optional.ofNullable(g.aanbiederId()).equals(ingelogd.aanbiederId()))
                .filter(g -> Optional.ofNullable(g.gebiedId()).equals(ingelogd.gebiedId()))
                .isPresent()
                && stand.ingetrokkenOp().map(ingelogdOp::isAfter).orElse(true);
    }

    /** Ends every session of the account now, here and (within the cache time) on other instances. */
    public void intrekken(UUID gebruikerId) {
        gebruikers.trekSessiesIn(gebruikerId, clock.instant());
        standen.remove(gebruikerId);
    }

    /** The account changed (deactivated, another role): read it again at its next request. */
    public void vergeet(UUID gebruikerId) {
        standen.remove(gebruikerId);
    }

    private Stand lees(UUID id) {
        return new Stand(gebruikers.findById(id), gebruikers.findSessiesIngetrokkenOpById(id), clock.instant());
    }
}
