package nl.socialekaart.portal.beheer.redactie;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.socialekaart.directory.gebruiker.Rol;
import nl.socialekaart.directory.verwijzing.ProfessioneleGegevens;
import nl.socialekaart.directory.verwijzing.ProfessioneleGegevensRepository;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.beveiliging.Ingelogd;
import nl.socialekaart.portal.web.fout.NietGevonden;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static nl.socialekaart.directory.redactie.Formulierwaarde.opgeschoond;
import static nl.socialekaart.directory.redactie.Formulierwaarde.uuid;

/**
 * The small form for the fields only professionals see. Redactie and beheerder edit every voorziening,
 * an aanbieder only its own (another's gives the same 404 as a missing one). These fields are internal
 * working information, not public content, so they are saved directly, without review.
 */
@Controller("/beheer/voorzieningen/{id}/professioneel")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProfessioneleGegevensController {

    private final VoorzieningRepository voorzieningen;
    private final ProfessioneleGegevensRepository repository;
    private final BeheerModel beheerModel;
    private final Validator validator;

    public ProfessioneleGegevensController(VoorzieningRepository voorzieningen, ProfessioneleGegevensRepository repository,
                                           BeheerModel beheerModel, Validator validator) {
        this.voorzieningen = voorzieningen;
        this.repository = repository;
        this.beheerModel = beheerModel;
        this.validator = validator;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR", "AANBIEDER"})
    public MutableHttpResponse<?> formulier(String id, @Nullable @io.micronaut.http.annotation.QueryValue String opgeslagen,
                                            Authentication authentication) {
        Optional<Voorziening> voorziening = toegestaan(id, authentication);
        Map<String, Object> model = beheerModel.met("Gegevens voor professionals", authentication);
        if (voorziening.isEmpty()) {
            return NietGevonden.pagina(model);
        }
        model.put("voorziening", voorziening.get());
        model.put("p", repository.findById(voorziening.get().id()).orElse(ProfessioneleGegevens.leeg(voorziening.get().id())));
        model.put("fouten", Map.of());
        model.put("opgeslagen", opgeslagen != null);
        return HttpResponse.ok(new ModelAndView<>("beheer/professioneel", model));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR", "AANBIEDER"})
    public MutableHttpResponse<?> opslaan(String id, @Body Formulier formulier, Authentication authentication) {
        Optional<Voorziening> voorziening = toegestaan(id, authentication);
        Map<String, Object> model = beheerModel.met("Gegevens voor professionals", authentication);
        if (voorziening.isEmpty()) {
            return NietGevonden.pagina(model);
        }
        UUID voorzieningId = voorziening.get().id();
        Optional<ProfessioneleGegevens> bestaand = repository.findById(voorzieningId);
        ProfessioneleGegevens nieuw = new ProfessioneleGegevens(voorzieningId, opgeschoond(formulier.telefoonIntern()),
                opgeschoond(formulier.emailIntern()), opgeschoond(formulier.aanmeldprocedure()),
                opgeschoond(formulier.wachttijd()),
                opgeschoond(formulier.capaciteit()), opgeschoond(formulier.notities()), null,
                bestaand.map(ProfessioneleGegevens::version).orElse(null));
        Map<String, String> fouten = new LinkedHashMap<>();
        for (ConstraintViolation<ProfessioneleGegevens> fout : validator.validate(nieuw)) {
            fouten.putIfAbsent(fout.getPropertyPath().toString(), fout.getMessage());
        }
        if (!fouten.isEmpty()) {
            model.put("voorziening", voorziening.get());
            model.put("p", nieuw);
            model.put("fouten", fouten);
            model.put("opgeslagen", false);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("beheer/professioneel", model));
        }
        if (bestaand.isPresent()) {
            repository.update(nieuw);
        } else {
            repository.save(nieuw);
        }
        return HttpResponse.seeOther(URI.create("/beheer/voorzieningen/" + voorzieningId + "/professioneel?opgeslagen=1"));
    }

    private Optional<Voorziening> toegestaan(String id, Authentication authentication) {
        Ingelogd ingelogd = Ingelogd.van(authentication);
        return uuid(id).flatMap(voorzieningen::findById)
                .filter(v -> ingelogd.rol() != Rol.AANBIEDER || ingelogd.aanbiederId().filter(v.aanbiederId()::equals).isPresent());
    }

    @Serdeable
    public record Formulier(@Nullable String telefoonIntern, @Nullable String emailIntern, @Nullable String aanmeldprocedure,
                            @Nullable String wachttijd, @Nullable String capaciteit, @Nullable String notities) {
    }
}
