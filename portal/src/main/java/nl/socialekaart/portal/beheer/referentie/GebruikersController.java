package nl.socialekaart.portal.beheer.referentie;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.aanbieder.Aanbieder;
import nl.socialekaart.directory.aanbieder.AanbiederRepository;
import nl.socialekaart.directory.gebruiker.Gebruiker;
import nl.socialekaart.directory.gebruiker.GebruikerOngeldigException;
import nl.socialekaart.directory.gebruiker.GebruikerRepository;
import nl.socialekaart.directory.gebruiker.Gebruikers;
import nl.socialekaart.directory.gebruiker.Rol;
import nl.socialekaart.directory.gebruiker.Wachtwoorden;
import nl.socialekaart.directory.kern.Gebied;
import nl.socialekaart.directory.kern.GebiedRepository;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.beveiliging.Ingelogd;
import nl.socialekaart.portal.web.beveiliging.Sessies;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accounts for beheerders: list, create (an AANBIEDER account belongs to an aanbieder, a PROFESSIONAL to the
 * gebied of a sociaal team), deactivate, and a new password. A new or reset password is generated and shown
 * once, to pass on to the person; only its hash is stored.
 */
@Controller("/beheer/gebruikers")
@Secured("BEHEERDER")
@ExecuteOn(TaskExecutors.BLOCKING)
public class GebruikersController {

    /** No look-alike characters (0/O, 1/l/I): the password is read out or copied by hand. */
    private static final String TEKENS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTE_NIEUW_WACHTWOORD = 16;

    private final GebruikerRepository repository;
    private final Gebruikers gebruikers;
    private final Wachtwoorden wachtwoorden;
    private final AanbiederRepository aanbieders;
    private final GebiedRepository gebieden;
    private final BeheerModel beheerModel;
    private final Sessies sessies;
    private final SecureRandom random = new SecureRandom();

    public GebruikersController(GebruikerRepository repository, Gebruikers gebruikers, Wachtwoorden wachtwoorden,
                                AanbiederRepository aanbieders, GebiedRepository gebieden, BeheerModel beheerModel,
                                Sessies sessies) {
        this.repository = repository;
        this.gebruikers = gebruikers;
        this.wachtwoorden = wachtwoorden;
        this.aanbieders = aanbieders;
        this.gebieden = gebieden;
        this.beheerModel = beheerModel;
        this.sessies = sessies;
    }

    /** One account as the list shows it. */
    public record Regel(Gebruiker gebruiker, String koppeling) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> overzicht(Authentication authentication) {
        return lijst(authentication, null, null);
    }

    @Get(uri = "/nieuw", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> nieuw(Authentication authentication) {
        return formulier(authentication, Formulier.leeg());
    }

    @Post(uri = "/nieuw", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> maak(@Body Map<String, String> invoer, Authentication authentication) {
        Formulier formulier = new Formulier(invoer);
        String naam = formulier.verplicht("naam", "Vul een naam in.");
        String email = formulier.verplicht("email", "Vul een e-mailadres in.");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            formulier.fout("email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.");
        }
        Rol rol = null;
        try {
            rol = Rol.valueOf(formulier.waarde("rol"));
        } catch (IllegalArgumentException e) {
            formulier.fout("rol", "Kies een rol.");
        }
        UUID aanbiederId = rol == Rol.AANBIEDER ? formulier.uuid("aanbiederId", "Kies de aanbieder van dit account.") : null;
        UUID gebiedId = rol == Rol.PROFESSIONAL ? formulier.uuid("gebiedId", "Kies het gebied van het sociaal team.") : null;
        if (aanbiederId != null && !aanbieders.existsById(aanbiederId)) {
            formulier.fout("aanbiederId", "Kies de aanbieder van dit account.");
        }
        if (gebiedId != null && !gebieden.existsById(gebiedId)) {
            formulier.fout("gebiedId", "Kies het gebied van het sociaal team.");
        }
        if (formulier.heeftFouten()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formulier(authentication, formulier));
        }
        String wachtwoord = nieuwWachtwoord();
        try {
            Gebruiker gebruiker = gebruikers.maak(email, naam, wachtwoord, rol, aanbiederId, gebiedId);
            return HttpResponse.ok(lijst(authentication, gebruiker, wachtwoord)).header("Cache-Control", "no-store");
        } catch (GebruikerOngeldigException e) {
            formulier.fout(e.veld(), e.getMessage());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formulier(authentication, formulier));
        }
    }

    @Post(uri = "/{id}/deactiveren", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> deactiveer(@PathVariable UUID id, @Body Map<String, String> invoer, Authentication authentication) {
        Gebruiker g = repository.findById(id).orElse(null);
        if (g == null) {
            return HttpResponse.notFound();
        }
        if (g.id().equals(Ingelogd.van(authentication).gebruikerId())) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(lijstMetFout(authentication, "U kunt uw eigen account niet deactiveren."));
        }
        return bewaar(authentication, new Gebruiker(g.id(), g.email(), g.naam(), g.wachtwoordHash(), g.rol(),
                g.aanbiederId(), g.gebiedId(), false, g.aangemaaktOp(), versie(invoer, g)), null);
    }

    @Post(uri = "/{id}/wachtwoord", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> nieuwWachtwoord(@PathVariable UUID id, @Body Map<String, String> invoer,
                                           Authentication authentication) {
        Gebruiker g = repository.findById(id).orElse(null);
        if (g == null) {
            return HttpResponse.notFound();
        }
        String wachtwoord = nieuwWachtwoord();
        return bewaar(authentication, new Gebruiker(g.id(), g.email(), g.naam(), wachtwoorden.hash(wachtwoord), g.rol(),
                g.aanbiederId(), g.gebiedId(), g.actief(), g.aangemaaktOp(), versie(invoer, g)), wachtwoord);
    }

    private HttpResponse<?> bewaar(Authentication authentication, Gebruiker gewijzigd, String wachtwoord) {
        try {
            Gebruiker opgeslagen = repository.update(gewijzigd);
            // a deactivated account or a new password leaves no session of the old state behind
            sessies.intrekken(opgeslagen.id());
            return HttpResponse.ok(lijst(authentication, opgeslagen, wachtwoord)).header("Cache-Control", "no-store");
        } catch (OptimisticLockException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(lijstMetFout(authentication,
                    "Iemand anders heeft dit account intussen gewijzigd. Er is niets veranderd; bekijk de lijst en probeer het opnieuw."));
        }
    }

    /** The version the list was shown with, so a change on an out-of-date list is refused. */
    private static Long versie(Map<String, String> invoer, Gebruiker g) {
        try {
            String v = invoer.get("version");
            return v == null || v.isBlank() ? g.version() : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private String nieuwWachtwoord() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < LENGTE_NIEUW_WACHTWOORD; i++) {
            b.append(TEKENS.charAt(random.nextInt(TEKENS.length())));
        }
        return b.toString();
    }

    private ModelAndView<Map<String, Object>> lijstMetFout(Authentication authentication, String fout) {
        ModelAndView<Map<String, Object>> mav = lijst(authentication, null, null);
        mav.getModel().orElseThrow().put("fout", fout);
        return mav;
    }

    private ModelAndView<Map<String, Object>> lijst(Authentication authentication, Gebruiker gewijzigd, String wachtwoord) {
        Map<String, Object> model = beheerModel.met("Gebruikers", authentication);
        Map<UUID, String> aanbiederNamen = new HashMap<>();
        aanbieders.findAll().forEach(a -> aanbiederNamen.put(a.id(), a.naam()));
        Map<UUID, String> gebiedNamen = new HashMap<>();
        gebieden.findAll().forEach(g -> gebiedNamen.put(g.id(), g.naam()));
        model.put("regels", repository.findAllOrderByNaam().stream().map(g -> new Regel(g,
                g.aanbiederId() != null ? aanbiederNamen.get(g.aanbiederId())
                        : g.gebiedId() != null ? "Sociaal team " + gebiedNamen.get(g.gebiedId()) : "")).toList());
        model.put("gewijzigd", gewijzigd);
        model.put("wachtwoord", wachtwoord);
        model.put("zelf", Ingelogd.van(authentication).gebruikerId());
        return new ModelAndView<>("beheer/gebruikers", model);
    }

    private ModelAndView<Map<String, Object>> formulier(Authentication authentication, Formulier formulier) {
        Map<String, Object> model = beheerModel.met("Nieuwe gebruiker", authentication);
        model.put("formulier", formulier);
        model.put("rollen", Rol.values());
        List<Aanbieder> alleAanbieders = new ArrayList<>();
        aanbieders.findAll().forEach(alleAanbieders::add);
        alleAanbieders.sort(Comparator.comparing(Aanbieder::naam));
        model.put("aanbiederKeuzes", alleAanbieders);
        List<Gebied> alleGebieden = new ArrayList<>();
        gebieden.findAll().forEach(alleGebieden::add);
        alleGebieden.sort(Comparator.comparing(Gebied::naam));
        model.put("gebiedKeuzes", alleGebieden);
        return new ModelAndView<>("beheer/gebruiker", model);
    }
}
