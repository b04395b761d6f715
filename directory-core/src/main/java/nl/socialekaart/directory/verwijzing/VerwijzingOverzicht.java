package nl.socialekaart.directory.verwijzing;

import jakarta.inject.Singleton;

import java.util.List;

/**
 * Aggregated counts for the gemeente: per kern, thema and status. A cell with fewer than
 * {@link #MINIMUM} referrals is suppressed (shown as "minder dan 5"), so no count points at a person.
 * No totals are shown, since a total minus the visible cells would reveal a suppressed one.
 */
@Singleton
public class VerwijzingOverzicht {

    public static final int MINIMUM = 5;

    private final VerwijzingRepository repository;

    VerwijzingOverzicht(VerwijzingRepository repository) {
        this.repository = repository;
    }

    public List<Cel> cellen() {
        return repository.tel().stream()
                .map(t -> new Cel(t.kern(), t.thema(), VerwijzingStatus.valueOf(t.status()).label(),
                        t.aantal() < MINIMUM ? null : t.aantal()))
                .toList();
    }

    /** {@code aantal} is null when suppressed. */
    public record Cel(String kern, String thema, String status, Long aantal) {

        public String weergave() {
            return aantal == null ? "minder dan " + MINIMUM : String.valueOf(aantal);
        }
    }
}
