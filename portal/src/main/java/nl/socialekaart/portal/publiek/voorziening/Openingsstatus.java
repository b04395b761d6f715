package nl.socialekaart.portal.publiek.voorziening;

import io.micronaut.core.annotation.Nullable;
import nl.socialekaart.directory.locatie.OpeningstijdUitzondering;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.OpeningstijdWeergave;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.socialekaart.portal.web.taal.Vertaling;

/**
 * Whether a locatie is open now, and if not when it opens, in words a resident reads at a glance:
 * "Nu open, tot 12:00", "Gesloten, opent dinsdag 9:00", "Gesloten (Tweede Paasdag), opent dinsdag 9:00"
 * (or in English: "Open now, until 12:00"; the reason is content and stays as written). Local time (the caller passes Europe/Amsterdam); exceptions (holidays, temporary closure, other hours)
 * replace a day's weekly periods.
 */
public final class Openingsstatus {

    /** How far ahead we look for the next opening: beyond this we only say "gesloten". */
    static final int DAGEN_VOORUIT = 60;

    /** @param open whether it is open at this moment; {@code tekst} says so and what comes next */
    public record Status(boolean open, String tekst) {
    }

    private record Periode(LocalTime opent, LocalTime sluit) {
    }

    private Openingsstatus() {
    }

    /** Null when the locatie has no openingstijden at all (by appointment): then there is nothing to say. */
    @Nullable
    public static Status op(LocalDateTime nu, List<OpeningstijdWeergave> week, List<OpeningstijdUitzondering> uitzonderingen,
                            Vertaling vertaling) {
        if (week.isEmpty() && uitzonderingen.stream().allMatch(OpeningstijdUitzondering::gesloten)) {
            return null;
        }
        LocalDate vandaag = nu.toLocalDate();
        Optional<OpeningstijdUitzondering> vandaagAnders = uitzondering(vandaag, uitzonderingen);
        for (Periode p : perioden(vandaag, week, uitzonderingen)) {
            if (!nu.toLocalTime().isBefore(p.opent()) && nu.toLocalTime().isBefore(p.sluit())) {
                return new Status(true, vertaling.tekst("open.nu", vertaling.tijd(p.sluit())));
            }
        }
        String gesloten = vandaagAnders.filter(OpeningstijdUitzondering::gesloten)
                .map(u -> vertaling.tekst("open.gesloten.reden", u.reden())).orElse(vertaling.tekst("open.gesloten"));
        for (int d = 0; d <= DAGEN_VOORUIT; d++) {
            LocalDate dag = vandaag.plusDays(d);
            for (Periode p : perioden(dag, week, uitzonderingen)) {
                if (d > 0 || p.opent().isAfter(nu.toLocalTime())) {
                    return new Status(false, opent(gesloten, vandaag, dag, vertaling.tijd(p.opent()), vertaling));
                }
            }
        }
        return new Status(false, gesloten);
    }

    /** "…, opent vandaag om 9:00", "… morgen 9:00", "… dinsdag 9:00" within a week, else "… maandag 6 april 9:00". */
    private static String opent(String gesloten, LocalDate vandaag, LocalDate dag, String tijd, Vertaling vertaling) {
        if (dag.equals(vandaag)) {
            return vertaling.tekst("open.opent.vandaag", gesloten, tijd);
        }
        if (dag.equals(vandaag.plusDays(1))) {
            return vertaling.tekst("open.opent.morgen", gesloten, tijd);
        }
        String wanneer = dag.isBefore(vandaag.plusDays(7)) ? vertaling.weekdag(dag.getDayOfWeek().getValue())
                : vertaling.dagEnDatum(dag);
        return vertaling.tekst("open.opent.op", gesloten, wanneer, tijd);
    }

    /** The periods of one day: an exception's hours (or none when closed), otherwise the weekly ones. */
    private static List<Periode> perioden(LocalDate dag, List<OpeningstijdWeergave> week,
                                          List<OpeningstijdUitzondering> uitzonderingen) {
        Optional<OpeningstijdUitzondering> anders = uitzondering(dag, uitzonderingen);
        if (anders.isPresent()) {
            OpeningstijdUitzondering u = anders.get();
            return u.gesloten() ? List.of() : List.of(new Periode(u.opent(), u.sluit()));
        }
        int weekdag = dag.getDayOfWeek().getValue();
        return week.stream().filter(o -> o.weekdag() == weekdag)
                .map(o -> new Periode(LocalTime.parse(o.opent()), LocalTime.parse(o.sluit())))
                .sorted(Comparator.comparing(Periode::opent))
                .toList();
    }

    /** A closure wins over other hours when two exceptions overlap: better to send nobody to a closed door. */
    private static Optional<OpeningstijdUitzondering> uitzondering(LocalDate dag, List<OpeningstijdUitzondering> uitzonderingen) {
        return uitzonderingen.stream().filter(u -> u.geldtOp(dag))
                .min(Comparator.comparing(u -> u.gesloten() ? 0 : 1));
    }
}
