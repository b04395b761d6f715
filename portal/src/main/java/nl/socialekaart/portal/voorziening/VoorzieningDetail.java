package nl.socialekaart.portal.voorziening;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.locatie.OpeningstijdUitzondering;
import nl.socialekaart.directory.locatie.OpeningstijdUitzonderingRepository;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.LocatieWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.OpeningstijdWeergave;
import nl.socialekaart.portal.PortalConfiguration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Puts together what the detail page shows per locatie: opening hours now and ahead, exceptions, route. */
@Singleton
public class VoorzieningDetail {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.of("nl"));

    private final OpeningstijdUitzonderingRepository uitzonderingen;
    private final PortalConfiguration configuration;
    private final Clock clock;

    public VoorzieningDetail(OpeningstijdUitzonderingRepository uitzonderingen, PortalConfiguration configuration,
                             Clock clock) {
        this.uitzonderingen = uitzonderingen;
        this.configuration = configuration;
        this.clock = clock;
    }

    public List<LocatieDetail> locaties(VoorzieningWeergave voorziening) {
        LocalDateTime nu = LocalDateTime.now(clock.withZone(ZoneId.of(configuration.tijdzone())));
        List<OpeningstijdUitzondering> komend = uitzonderingen
                .findByVoorzieningIdAndTotGreaterThanEqualsOrderByVan(voorziening.id(), nu.toLocalDate());
        return voorziening.locaties().stream().map(l -> {
            List<OpeningstijdUitzondering> hier = komend.stream().filter(u -> u.geldtVoor(l.id())).toList();
            return new LocatieDetail(l, Openingsstatus.op(nu, l.openingstijden(), hier), week(l, nu.toLocalDate()),
                    hier.stream().filter(u -> !u.van().isAfter(nu.toLocalDate().plusDays(Openingsstatus.DAGEN_VOORUIT)))
                            .map(VoorzieningDetail::inWoorden).toList(),
                    routeUrl(l));
        }).toList();
    }

    private static List<LocatieDetail.Dag> week(LocatieWeergave locatie, LocalDate vandaag) {
        List<LocatieDetail.Dag> dagen = new ArrayList<>();
        for (int weekdag = 1; weekdag <= 7; weekdag++) {
            int dag = weekdag;
            String tijden = locatie.openingstijden().stream().filter(o -> o.weekdag() == dag)
                    .sorted(Comparator.comparing(OpeningstijdWeergave::opent))
                    .map(o -> tijd(o.opent()) + " tot " + tijd(o.sluit()))
                    .collect(Collectors.joining(" en "));
            if (!tijden.isEmpty()) {
                dagen.add(new LocatieDetail.Dag(Weekdagen.naam(dag), tijden + " uur", vandaag.getDayOfWeek().getValue() == dag));
            }
        }
        return dagen;
    }

    /** "Gesloten op maandag 6 april: Tweede Paasdag", "Van … tot en met …: 10:00 tot 12:00 uur (zomer)". */
    static String inWoorden(OpeningstijdUitzondering u) {
        String dagen = u.van().equals(u.tot()) ? "op " + DATUM.format(u.van())
                : "van " + DATUM.format(u.van()) + " tot en met " + DATUM.format(u.tot());
        if (u.gesloten()) {
            return "Gesloten " + dagen + ": " + u.reden();
        }
        return "Andere tijden " + dagen + ": " + TIJD.format(u.opent()) + " tot " + TIJD.format(u.sluit()) + " uur ("
                + u.reden() + ")";
    }

    private static String tijd(String hhmm) {
        return TIJD.format(LocalTime.parse(hhmm));
    }

    private String routeUrl(LocatieWeergave l) {
        return configuration.routeplannerUrl()
                .replace("{lat}", Double.toString(l.punt().lat()))
                .replace("{lon}", Double.toString(l.punt().lon()));
    }
}
