package nl.socialekaart.portal.publiek.voorziening;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.locatie.OpeningstijdUitzondering;
import nl.socialekaart.directory.locatie.OpeningstijdUitzonderingRepository;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.LocatieWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.OpeningstijdWeergave;
import nl.socialekaart.portal.web.PortalConfiguration;
import nl.socialekaart.portal.web.taal.HuidigeTaal;
import nl.socialekaart.portal.web.taal.Vertaling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Puts together what the detail page shows per locatie: opening hours now and ahead, exceptions, route. */
@Singleton
public class VoorzieningDetail {

    private final OpeningstijdUitzonderingRepository uitzonderingen;
    private final PortalConfiguration configuration;
    private final Clock clock;
    private final HuidigeTaal huidigeTaal;

    public VoorzieningDetail(OpeningstijdUitzonderingRepository uitzonderingen, PortalConfiguration configuration,
                             Clock clock, HuidigeTaal huidigeTaal) {
        this.uitzonderingen = uitzonderingen;
        this.configuration = configuration;
        this.clock = clock;
        this.huidigeTaal = huidigeTaal;
    }

    public List<LocatieDetail> locaties(VoorzieningWeergave voorziening) {
        LocalDateTime nu = LocalDateTime.now(clock.withZone(ZoneId.of(configuration.tijdzone())));
        Vertaling vertaling = huidigeTaal.vertaling();
        List<OpeningstijdUitzondering> komend = uitzonderingen
                .findByVoorzieningIdAndTotGreaterThanEqualsOrderByVan(voorziening.id(), nu.toLocalDate());
        return voorziening.locaties().stream().map(l -> {
            List<OpeningstijdUitzondering> hier = komend.stream().filter(u -> u.geldtVoor(l.id())).toList();
            return new LocatieDetail(l, Openingsstatus.op(nu, l.openingstijden(), hier, vertaling),
                    week(l, nu.toLocalDate(), vertaling),
                    hier.stream().filter(u -> !u.van().isAfter(nu.toLocalDate().plusDays(Openingsstatus.DAGEN_VOORUIT)))
                            .map(u -> inWoorden(u, vertaling)).toList(),
                    routeUrl(l));
        }).toList();
    }

    private static List<LocatieDetail.Dag> week(LocatieWeergave locatie, LocalDate vandaag, Vertaling vertaling) {
        List<LocatieDetail.Dag> dagen = new ArrayList<>();
        for (int weekdag = 1; weekdag <= 7; weekdag++) {
            int dag = weekdag;
            String tijden = locatie.openingstijden().stream().filter(o -> o.weekdag() == dag)
                    .sorted(Comparator.comparing(OpeningstijdWeergave::opent))
                    .map(o -> vertaling.tekst("open.periode", tijd(o.opent(), vertaling), tijd(o.sluit(), vertaling)))
                    .collect(Collectors.joining(vertaling.tekst("open.en")));
            if (!tijden.isEmpty()) {
                dagen.add(new LocatieDetail.Dag(vertaling.weekdag(dag), vertaling.tekst("open.tijden", tijden),
                        vandaag.getDayOfWeek().getValue() == dag));
            }
        }
        return dagen;
    }

    /** "Gesloten op maandag 6 april: Tweede Paasdag", "Van … tot en met …: 10:00 tot 12:00 uur (zomer)". */
    static String inWoorden(OpeningstijdUitzondering u, Vertaling vertaling) {
        String dagen = u.van().equals(u.tot()) ? vertaling.tekst("uitzondering.op", vertaling.dagEnDatum(u.van()))
                : vertaling.tekst("uitzondering.vantot", vertaling.dagEnDatum(u.van()), vertaling.dagEnDatum(u.tot()));
        if (u.gesloten()) {
            return vertaling.tekst("uitzondering.gesloten", dagen, u.reden());
        }
        return vertaling.tekst("uitzondering.anders", dagen,
                vertaling.tekst("open.periode", vertaling.tijd(u.opent()), vertaling.tijd(u.sluit())), u.reden());
    }

    private static String tijd(String hhmm, Vertaling vertaling) {
        return vertaling.tijd(LocalTime.parse(hhmm));
    }

    private String routeUrl(LocatieWeergave l) {
        return configuration.routeplannerUrl()
                .replace("{lat}", Double.toString(l.punt().lat()))
                .replace("{lon}", Double.toString(l.punt().lon()));
    }
}
