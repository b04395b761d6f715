package nl.socialekaart.portal.web.beveiliging;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #PER_ACCOUNT} failed logins within {@link #VENSTER} for one
 * account, or {@value #PER_ADRES} from one address (higher: many staff may share an office's address),
 * further attempts are refused until the oldest failure leaves the window. Kept in
 * memory: a restart clears it, which is acceptable for a brake on guessing (it is not an audit log).
 */
@Singleton
public class Inlogpogingen {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADRES = 50;
    static final Duration VENSTER = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> mislukt = new ConcurrentHashMap<>();
    private final Clock klok;

    public Inlogpogingen() {
        this(Clock.systemUTC());
    }

    Inlogpogingen(Clock klok) {
        this.klok = klok;
    }

    public boolean geblokkeerd(String email, String adres) {
        return teVeel("email:" + email.toLowerCase(), PER_ACCOUNT) || teVeel("adres:" + adres, PER_ADRES);
    }

    public void mislukt(String email, String adres) {
        registreer("email:" + email.toLowerCase());
        registreer("adres:" + adres);
    }

    public void gelukt(String email) {
        mislukt.remove("email:" + email.toLowerCase());
    }

    private boolean teVeel(String sleutel, int maximum) {
        Deque<Instant> pogingen = mislukt.get(sleutel);
        if (pogingen == null) {
            return false;
        }
        synchronized (pogingen) {
            vergeetOude(pogingen);
            return pogingen.size() >= maximum;
        }
    }

    private void registreer(String sleutel) {
        Deque<Instant> pogingen = mislukt.computeIfAbsent(sleutel, k -> new ArrayDeque<>());
        synchronized (pogingen) {
            vergeetOude(pogingen);
            pogingen.addLast(klok.instant());
        }
    }

    private void vergeetOude(Deque<Instant> pogingen) {
        Instant grens = klok.instant().minus(VENSTER);
        while (!pogingen.isEmpty() && pogingen.peekFirst().isBefore(grens)) {
            pogingen.removeFirst();
        }
    }
}
