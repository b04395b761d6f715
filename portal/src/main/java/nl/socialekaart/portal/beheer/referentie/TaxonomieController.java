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
import nl.socialekaart.directory.slug.Slug;
import nl.socialekaart.directory.taxonomie.Doelgroep;
import nl.socialekaart.directory.taxonomie.DoelgroepRepository;
import nl.socialekaart.directory.taxonomie.Thema;
import nl.socialekaart.directory.taxonomie.ThemaRepository;
import nl.socialekaart.portal.beheer.BeheerModel;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Thema's and doelgroepen for beheerders: the two taxonomies the public filters are built from. Both have
 * a unique code (used in search URLs and the API), a name, a description and an order.
 */
@Controller("/beheer/taxonomie")
@Secured("BEHEERDER")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TaxonomieController {

    private final ThemaRepository themas;
    private final DoelgroepRepository doelgroepen;
    private final Validator validator;
    private final BeheerModel beheerModel;

    public TaxonomieController(ThemaRepository themas, DoelgroepRepository doelgroepen, Validator validator,
                               BeheerModel beheerModel) {
        this.themas = themas;
        this.doelgroepen = doelgroepen;
        this.validator = validator;
        this.beheerModel = beheerModel;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> overzicht(Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Thema's en doelgroepen", authentication);
        model.put("themas", themas.findAllOrderByVolgorde());
        model.put("doelgroepen", doelgroepen.findAllOrderByVolgorde());
        return new ModelAndView<>("beheer/taxonomie", model);
    }

    @Get(uri = "/themas/nieuw", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> nieuwThema(Authentication authentication) {
        return formulier(authentication, Formulier.leeg(), true, null);
    }

    @Get(uri = "/doelgroepen/nieuw", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> nieuweDoelgroep(Authentication authentication) {
        return formulier(authentication, Formulier.leeg(), false, null);
    }

    @Get(uri = "/themas/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> thema(@PathVariable UUID id, Authentication authentication) {
        return themas.findById(id).<HttpResponse<?>>map(t -> HttpResponse.ok(formulier(authentication,
                        gevuld(t.code(), t.naam(), t.omschrijving(), t.volgorde(), t.version()), true, id)))
                .orElse(HttpResponse.notFound());
    }

    @Get(uri = "/doelgroepen/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> doelgroep(@PathVariable UUID id, Authentication authentication) {
        return doelgroepen.findById(id).<HttpResponse<?>>map(d -> HttpResponse.ok(formulier(authentication,
                        gevuld(d.code(), d.naam(), d.omschrijving(), d.volgorde(), d.version()), false, id)))
                .orElse(HttpResponse.notFound());
    }

    @Post(uri = "/themas/nieuw", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> maakThema(@Body Map<String, String> invoer, Authentication authentication) {
        return bewaar(null, new Formulier(invoer), true, authentication);
    }

    @Post(uri = "/doelgroepen/nieuw", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> maakDoelgroep(@Body Map<String, String> invoer, Authentication authentication) {
        return bewaar(null, new Formulier(invoer), false, authentication);
    }

    @Post(uri = "/themas/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> wijzigThema(@PathVariable UUID id, @Body Map<String, String> invoer, Authentication authentication) {
        return themas.existsById(id) ? bewaar(id, new Formulier(invoer), true, authentication) : HttpResponse.notFound();
    }

    @Post(uri = "/doelgroepen/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> wijzigDoelgroep(@PathVariable UUID id, @Body Map<String, String> invoer,
                                           Authentication authentication) {
        return doelgroepen.existsById(id) ? bewaar(id, new Formulier(invoer), false, authentication) : HttpResponse.notFound();
    }

    private static Formulier gevuld(String code, String naam, String omschrijving, int volgorde, Long version) {
        return new Formulier(Map.of()).met("code", code).met("naam", naam).met("omschrijving", omschrijving)
                .met("volgorde", volgorde).met("version", version);
    }

    private HttpResponse<?> bewaar(UUID id, Formulier formulier, boolean thema, Authentication authentication) {
        String naam = formulier.verplicht("naam", "Vul een naam in.");
        String code = formulier.waarde("code").isEmpty() && naam != null ? Slug.van(naam).waarde() : formulier.waarde("code");
        String omschrijving = formulier.waarde("omschrijving");
        int volgorde = 0;
        if (!formulier.waarde("volgorde").isEmpty()) {
            try {
                volgorde = Integer.parseInt(formulier.waarde("volgorde"));
            } catch (NumberFormatException e) {
                formulier.fout("volgorde", "Vul een heel getal in, bijvoorbeeld 13.");
            }
        }
        Optional<UUID> zelfdeCode = thema ? themas.findByCode(code).map(Thema::id) : doelgroepen.findByCode(code).map(Doelgroep::id);
        if (zelfdeCode.isPresent() && !zelfdeCode.get().equals(id)) {
            formulier.fout("code", "Deze code is al in gebruik.");
        }
        Long versie = id == null ? null : formulier.versie();
        String tekst = omschrijving.isEmpty() ? null : omschrijving;
        Object record = thema ? new Thema(id, code, naam == null ? "" : naam, tekst, volgorde, versie)
                : new Doelgroep(id, code, naam == null ? "" : naam, tekst, volgorde, versie);
        formulier.fouten(validator.validate(record));
        formulier.met("code", code);
        if (formulier.heeftFouten()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formulier(authentication, formulier, thema, id));
        }
        try {
            if (record instanceof Thema t) {
                if (id == null) {
                    themas.save(t);
                } else {
                    themas.update(t);
                }
            } else if (record instanceof Doelgroep d) {
                if (id == null) {
                    doelgroepen.save(d);
                } else {
                    doelgroepen.update(d);
                }
            }
        } catch (OptimisticLockException e) {
            formulier.algemeneFout(KernenController.GEWIJZIGD_DOOR_ANDER);
            return HttpResponse.status(HttpStatus.CONFLICT).body(formulier(authentication, formulier, thema, id));
        }
        return HttpResponse.seeOther(URI.create("/beheer/taxonomie"));
    }

    private ModelAndView<Map<String, Object>> formulier(Authentication authentication, Formulier formulier, boolean thema,
                                                       UUID id) {
        String wat = thema ? "thema" : "doelgroep";
        Map<String, Object> model = beheerModel.met(id == null ? (thema ? "Nieuw thema" : "Nieuwe doelgroep")
                : (thema ? "Thema wijzigen" : "Doelgroep wijzigen"), authentication);
        model.put("formulier", formulier);
        model.put("actie", "/beheer/taxonomie/" + (thema ? "themas/" : "doelgroepen/") + (id == null ? "nieuw" : id));
        model.put("wat", wat);
        return new ModelAndView<>("beheer/taxonomie-term", model);
    }
}
