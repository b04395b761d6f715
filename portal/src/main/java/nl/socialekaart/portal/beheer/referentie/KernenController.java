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
import jakarta.validation.Validator;
import nl.socialekaart.directory.aanbieder.Telefoonnummer;
import nl.socialekaart.directory.gemeente.Gemeente;
import nl.socialekaart.directory.gemeente.GemeenteRepository;
import nl.socialekaart.directory.kern.Gebied;
import nl.socialekaart.directory.kern.GebiedRepository;
import nl.socialekaart.directory.kern.Kern;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.slug.Slug;
import nl.socialekaart.portal.beheer.BeheerModel;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Kernen and gebieden for beheerders. A kern needs a unique slug (it is in public URLs and search filters)
 * and coordinates inside the Netherlands; a gebied carries the phone and e-mail of its sociaal team.
 */
@Controller("/beheer/kernen")
@Secured("BEHEERDER")
@ExecuteOn(TaskExecutors.BLOCKING)
public class KernenController {

    static final String GEWIJZIGD_DOOR_ANDER = "Iemand anders heeft dit intussen gewijzigd. Uw wijziging is niet "
            + "opgeslagen. Open de pagina opnieuw om de nieuwste gegevens te zien en vul uw wijziging daarna opnieuw in.";

    private final KernRepository kernen;
    private final GebiedRepository gebieden;
    private final GemeenteRepository gemeenten;
    private final Validator validator;
    private final BeheerModel beheerModel;

    public KernenController(KernRepository kernen, GebiedRepository gebieden, GemeenteRepository gemeenten,
                            Validator validator, BeheerModel beheerModel) {
        this.kernen = kernen;
        this.gebieden = gebieden;
        this.gemeenten = gemeenten;
        this.validator = validator;
        this.beheerModel = beheerModel;
    }

    /** One gebied with its kernen, for the overview. */
    public record GebiedMetKernen(Gebied gebied, String gemeente, List<Kern> kernen) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> overzicht(Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Kernen en gebieden", authentication);
        List<Kern> alleKernen = kernen.findAllOrderByNaam();
        Map<UUID, String> gemeenteNamen = new java.util.HashMap<>();
        gemeenten.findAll().forEach(g -> gemeenteNamen.put(g.id(), g.naam()));
        List<GebiedMetKernen> lijst = new java.util.ArrayList<>();
        gebieden.findAll().forEach(g -> lijst.add(new GebiedMetKernen(g, gemeenteNamen.get(g.gemeenteId()),
                alleKernen.stream().filter(k -> k.gebiedId().equals(g.id())).toList())));
        lijst.sort(Comparator.comparing(GebiedMetKernen::gemeente).thenComparing(g -> g.gebied().naam()));
        model.put("gebieden", lijst);
        return new ModelAndView<>("beheer/kernen", model);
    }

    @Get(uri = "/nieuw", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> nieuweKern(Authentication authentication) {
        return kernFormulier(authentication, Formulier.leeg(), null);
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> kern(@PathVariable UUID id, Authentication authentication) {
        return kernen.findById(id)
                .<HttpResponse<?>>map(k -> HttpResponse.ok(kernFormulier(authentication, new Formulier(Map.of())
                        .met("naam", k.naam()).met("slug", k.slug()).met("latitude", k.latitude())
                        .met("longitude", k.longitude()).met("gebiedId", k.gebiedId()).met("version", k.version()), k.id())))
                .orElse(HttpResponse.notFound());
    }

    @Post(uri = "/nieuw", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> maakKern(@Body Map<String, String> invoer, Authentication authentication) {
        return bewaarKern(null, new Formulier(invoer), authentication);
    }

    @Post(uri = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> wijzigKern(@PathVariable UUID id, @Body Map<String, String> invoer, Authentication authentication) {
        if (kernen.findById(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        return bewaarKern(id, new Formulier(invoer), authentication);
    }

    private HttpResponse<?> bewaarKern(UUID id, Formulier formulier, Authentication authentication) {
        String naam = formulier.verplicht("naam", "Vul een naam in.");
        String slug = formulier.waarde("slug").isEmpty() && naam != null ? Slug.van(naam).waarde() : formulier.waarde("slug");
        Double latitude = formulier.getal("latitude", "Vul de breedtegraad in.");
        Double longitude = formulier.getal("longitude", "Vul de lengtegraad in.");
        UUID gebiedId = formulier.uuid("gebiedId", "Kies het gebied.");
        if (gebiedId != null && gebieden.findById(gebiedId).isEmpty()) {
            formulier.fout("gebiedId", "Kies het gebied.");
        }
        Optional<Kern> zelfdeSlug = slug.isEmpty() ? Optional.empty() : kernen.findBySlug(slug);
        if (zelfdeSlug.isPresent() && !zelfdeSlug.get().id().equals(id)) {
            formulier.fout("slug", "Deze slug is al in gebruik door de kern " + zelfdeSlug.get().naam() + ".");
        }
        Kern kern = new Kern(id == null ? UUID.randomUUID() : id, gebiedId, naam == null ? "" : naam, slug,
                latitude == null ? 0 : latitude, longitude == null ? 0 : longitude, id == null ? null : formulier.versie());
        validator.validate(kern).stream()
                .filter(s -> !(s.getPropertyPath().toString().equals("gebiedId")))
                .forEach(s -> formulier.fout(s.getPropertyPath().toString(), s.getMessage()));
        if (formulier.heeftFouten()) {
            formulier.met("slug", slug);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(kernFormulier(authentication, formulier, id));
        }
        try {
            if (id == null) {
                kernen.save(kern);
            } else {
                kernen.update(kern);
            }
        } catch (OptimisticLockException e) {
            formulier.algemeneFout(GEWIJZIGD_DOOR_ANDER);
            return HttpResponse.status(HttpStatus.CONFLICT).body(kernFormulier(authentication, formulier, id));
        }
        return HttpResponse.seeOther(URI.create("/beheer/kernen?opgeslagen=" + kern.slug()));
    }

    private ModelAndView<Map<String, Object>> kernFormulier(Authentication authentication, Formulier formulier, UUID id) {
        Map<String, Object> model = beheerModel.met(id == null ? "Nieuwe kern" : "Kern wijzigen", authentication);
        model.put("formulier", formulier);
        model.put("actie", id == null ? "/beheer/kernen/nieuw" : "/beheer/kernen/" + id);
        List<Gebied> alle = new java.util.ArrayList<>();
        gebieden.findAll().forEach(alle::add);
        alle.sort(Comparator.comparing(Gebied::naam));
        model.put("gebiedKeuzes", alle);
        return new ModelAndView<>("beheer/kern", model);
    }

    @Get(uri = "/gebieden/nieuw", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> nieuwGebied(Authentication authentication) {
        return gebiedFormulier(authentication, Formulier.leeg(), null);
    }

    @Get(uri = "/gebieden/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> gebied(@PathVariable UUID id, Authentication authentication) {
        return gebieden.findById(id)
                .<HttpResponse<?>>map(g -> HttpResponse.ok(gebiedFormulier(authentication, new Formulier(Map.of())
                        .met("naam", g.naam()).met("gemeenteId", g.gemeenteId())
                        .met("sociaalTeamTelefoon", g.sociaalTeamTelefoon()).met("sociaalTeamEmail", g.sociaalTeamEmail())
                        .met("version", g.version()), g.id())))
                .orElse(HttpResponse.notFound());
    }

    @Post(uri = "/gebieden/nieuw", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> maakGebied(@Body Map<String, String> invoer, Authentication authentication) {
        return bewaarGebied(null, new Formulier(invoer), authentication);
    }

    @Post(uri = "/gebieden/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> wijzigGebied(@PathVariable UUID id, @Body Map<String, String> invoer,
                                        Authentication authentication) {
        if (gebieden.findById(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        return bewaarGebied(id, new Formulier(invoer), authentication);
    }

    private HttpResponse<?> bewaarGebied(UUID id, Formulier formulier, Authentication authentication) {
        String naam = formulier.verplicht("naam", "Vul een naam in.");
        UUID gemeenteId = formulier.uuid("gemeenteId", "Kies de gemeente.");
        if (gemeenteId != null && gemeenten.findById(gemeenteId).isEmpty()) {
            formulier.fout("gemeenteId", "Kies de gemeente.");
        }
        String telefoon = formulier.waarde("sociaalTeamTelefoon");
        String email = formulier.waarde("sociaalTeamEmail");
        if (!telefoon.isEmpty() && !telefoon.matches(Telefoonnummer.PATROON)) {
            formulier.fout("sociaalTeamTelefoon", Telefoonnummer.MELDING);
        }
        if (naam != null && gemeenteId != null) {
            for (Gebied ander : gebieden.findAll()) {
                if (ander.gemeenteId().equals(gemeenteId) && ander.naam().equalsIgnoreCase(naam) && !ander.id().equals(id)) {
                    formulier.fout("naam", "Deze gemeente heeft al een gebied met deze naam.");
                }
            }
        }
        Gebied gebied = new Gebied(id == null ? UUID.randomUUID() : id, gemeenteId, naam == null ? "" : naam,
                telefoon.isEmpty() ? null : telefoon, email.isEmpty() ? null : email, id == null ? null : formulier.versie());
        validator.validate(gebied).stream()
                .filter(s -> !s.getPropertyPath().toString().equals("gemeenteId"))
                .forEach(s -> formulier.fout(s.getPropertyPath().toString(), s.getMessage()));
        if (formulier.heeftFouten()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(gebiedFormulier(authentication, formulier, id));
        }
        try {
            if (id == null) {
                gebieden.save(gebied);
            } else {
                gebieden.update(gebied);
            }
        } catch (OptimisticLockException e) {
            formulier.algemeneFout(GEWIJZIGD_DOOR_ANDER);
            return HttpResponse.status(HttpStatus.CONFLICT).body(gebiedFormulier(authentication, formulier, id));
        }
        return HttpResponse.seeOther(URI.create("/beheer/kernen"));
    }

    private ModelAndView<Map<String, Object>> gebiedFormulier(Authentication authentication, Formulier formulier, UUID id) {
        Map<String, Object> model = beheerModel.met(id == null ? "Nieuw gebied" : "Gebied wijzigen", authentication);
        model.put("formulier", formulier);
        model.put("actie", id == null ? "/beheer/kernen/gebieden/nieuw" : "/beheer/kernen/gebieden/" + id);
        List<Gemeente> alle = new java.util.ArrayList<>();
        gemeenten.findAll().forEach(alle::add);
        alle.sort(Comparator.comparing(Gemeente::naam));
        model.put("gemeenteKeuzes", alle);
        return new ModelAndView<>("beheer/gebied", model);
    }
}
