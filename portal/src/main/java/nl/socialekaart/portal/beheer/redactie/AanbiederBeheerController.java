package nl.socialekaart.portal.beheer.redactie;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.socialekaart.directory.aanbieder.Aanbieder;
import nl.socialekaart.directory.aanbieder.AanbiederRepository;
import nl.socialekaart.directory.aanbieder.AanbiederRol;
import nl.socialekaart.directory.redactie.AanbodRedactie;
import nl.socialekaart.directory.slug.Slug;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.beveiliging.Ingelogd;

import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static nl.socialekaart.directory.redactie.Formulierwaarde.opgeschoond;
import static nl.socialekaart.directory.redactie.Formulierwaarde.uuid;

/** Aanbieders in beheer (REDACTEUR, BEHEERDER): list, create, edit, with Dutch field messages and a version check. */
@Controller("/beheer/aanbieders")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AanbiederBeheerController {

    private final BeheerModel beheerModel;
    private final AanbiederRepository aanbieders;
    private final AanbodRedactie redactie;
    private final Validator validator;

    public AanbiederBeheerController(BeheerModel beheerModel, AanbiederRepository aanbieders, AanbodRedactie redactie,
                                     Validator validator) {
        this.beheerModel = beheerModel;
        this.aanbieders = aanbieders;
        this.redactie = redactie;
        this.validator = validator;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public ModelAndView<Map<String, Object>> lijst(Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Aanbieders", authentication);
        model.put("aanbieders", StreamSupport.stream(aanbieders.findAll().spliterator(), false)
                .sorted(Comparator.comparing(a -> a.naam().toLowerCase())).toList());
        return new ModelAndView<>("beheer/aanbieders", model);
    }

    @Get(value = "/nieuw", produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public ModelAndView<Map<String, Object>> nieuw(Authentication authentication) {
        return formulier(authentication, null, null, Map.of(), Map.of(), null);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> bewerk(Authentication authentication, String id) {
        return zoek(id).<MutableHttpResponse<?>>map(a -> HttpResponse.ok(formulier(authentication, a.id(), a.version(),
                velden(a), Map.of(), null))).orElseGet(HttpResponse::notFound);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> maak(Authentication authentication, @Body Map<String, String> form) {
        return bewaar(authentication, null, form);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> wijzig(Authentication authentication, String id, @Body Map<String, String> form) {
        Optional<Aanbieder> bestaand = zoek(id);
        if (bestaand.isEmpty()) {
            return HttpResponse.notFound();
        }
        return bewaar(authentication, bestaand.get(), form);
    }

    private MutableHttpResponse<?> bewaar(Authentication authentication, Aanbieder bestaand, Map<String, String> form) {
        boolean nieuw = bestaand == null;
        UUID id = nieuw ? UUID.randomUUID() : bestaand.id();
        Long version = nieuw ? null : VoorzieningFormulier.version(form);
        String naam = opgeschoond(form.get("naam"));
        AanbiederRol rol = rol(form.get("rol"));
        Aanbieder aanbieder = new Aanbieder(id, naam, nieuw ? (naam == null ? null : Slug.van(naam).waarde()) : bestaand.slug(),
                rol, opgeschoond(form.get("omschrijving")), opgeschoond(form.get("website")),
                opgeschoond(form.get("telefoon")),
                opgeschoond(form.get("email")), null, version);
        Map<String, String> fouten = new LinkedHashMap<>();
        for (ConstraintViolation<Aanbieder> fout : validator.validate(aanbieder)) {
            fouten.putIfAbsent(fout.getPropertyPath().toString(), fout.getMessage());
        }
        if (nieuw && naam != null && aanbieders.findBySlug(aanbieder.slug()).isPresent()) {
            fouten.put("naam", "Er is al een aanbieder met deze naam.");
        }
        if (!nieuw && version == null) {
            fouten.put("naam", "Het formulier mist zijn versie; open de aanbieder opnieuw.");
        }
        if (!fouten.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formulier(authentication, nieuw ? null : id, version, form, fouten, null));
        }
        try {
            redactie.bewaar(aanbieder, nieuw, Ingelogd.van(authentication).naam());
        } catch (OptimisticLockException e) {
            Aanbieder huidig = aanbieders.findById(id).orElseThrow();
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(formulier(authentication, id, huidig.version(), form, Map.of(), velden(huidig)));
        }
        return HttpResponse.seeOther(URI.create("/beheer/aanbieders"));
    }

    private static Map<String, String> velden(Aanbieder a) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("naam", a.naam());
        velden.put("rol", a.rol().name());
        velden.put("omschrijving", a.omschrijving() == null ? "" : a.omschrijving());
        velden.put("website", a.website() == null ? "" : a.website());
        velden.put("telefoon", a.telefoon() == null ? "" : a.telefoon());
        velden.put("email", a.email() == null ? "" : a.email());
        return velden;
    }

    private ModelAndView<Map<String, Object>> formulier(Authentication authentication, UUID id, Long version,
                                                        Map<String, String> waarden, Map<String, String> fouten,
                                                        Map<String, String> conflict) {
        Map<String, Object> model = beheerModel.formulier(id == null ? "Nieuwe aanbieder" : "Aanbieder bewerken",
                authentication, id, version, waarden, fouten, conflict);
        model.put("rollen", AanbiederRol.values());
        return new ModelAndView<>("beheer/aanbieder-formulier", model);
    }

    private Optional<Aanbieder> zoek(String id) {
        return uuid(id).flatMap(aanbieders::findById);
    }

    private static AanbiederRol rol(String s) {
        try {
            return s == null || s.isBlank() ? null : AanbiederRol.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
