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
import nl.socialekaart.directory.redactie.Redactie;
import nl.socialekaart.directory.redactie.Wijzigingsvoorstel;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.beveiliging.Ingelogd;

import java.net.URI;
import nl.socialekaart.directory.redactie.Formulierwaarde;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A REDACTEUR's review of what AANBIEDER accounts proposed: the open proposals, each field by field against
 * what is stored now, to approve (applied and published) or reject with a reason.
 */
@Controller("/beheer/beoordelen")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BeoordelenController {

    private final BeheerModel beheerModel;
    private final Redactie redactie;
    private final Keuzes keuzes;

    public BeoordelenController(BeheerModel beheerModel, Redactie redactie, Keuzes keuzes) {
        this.beheerModel = beheerModel;
        this.redactie = redactie;
        this.keuzes = keuzes;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public ModelAndView<Map<String, Object>> lijst(Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Te beoordelen", authentication);
        model.put("voorstellen", redactie.openVoorstellen());
        model.put("tijd", TijdWeergave.INSTANTIE);
        return new ModelAndView<>("beheer/beoordelen", model);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> voorstel(Authentication authentication, String id) {
        return voorstel(id).<MutableHttpResponse<?>>map(w -> HttpResponse.ok(pagina(authentication, w, null)))
                .orElseGet(HttpResponse::notFound);
    }

    @Post(value = "/{id}/goedkeuren", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> goedkeuren(Authentication authentication, String id) {
        Optional<Wijzigingsvoorstel> voorstel = voorstel(id).filter(w -> w.status().equals("OPEN"));
        if (voorstel.isEmpty()) {
            return HttpResponse.notFound();
        }
        try {
            redactie.keurGoed(voorstel.get().id(), Ingelogd.van(authentication).naam());
        } catch (OptimisticLockException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(pagina(authentication, voorstel.get(),
                    "De voorziening is gewijzigd nadat dit voorstel werd ingediend, dus goedkeuren zou die wijziging "
                            + "ongemerkt overschrijven. Wijs het voorstel af met die reden, of neem de wijziging zelf over."));
        }
        return HttpResponse.seeOther(URI.create("/beheer/beoordelen"));
    }

    @Post(value = "/{id}/afwijzen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> afwijzen(Authentication authentication, String id, @Body Map<String, String> form) {
        Optional<Wijzigingsvoorstel> voorstel = voorstel(id).filter(w -> w.status().equals("OPEN"));
        if (voorstel.isEmpty()) {
            return HttpResponse.notFound();
        }
        String reden = form.getOrDefault("reden", "").strip();
        if (reden.isEmpty() || reden.length() > 1000) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(pagina(authentication, voorstel.get(),
                    reden.isEmpty() ? "Schrijf waarom u het voorstel afwijst; de aanbieder ziet die reden."
                            : "De reden is te lang: hooguit 1000 tekens."));
        }
        redactie.wijsAf(voorstel.get().id(), reden, Ingelogd.van(authentication).naam());
        return HttpResponse.seeOther(URI.create("/beheer/beoordelen"));
    }

    private Optional<Wijzigingsvoorstel> voorstel(String id) {
        return Formulierwaarde.uuid(id).flatMap(redactie::voorstel);
    }

    private ModelAndView<Map<String, Object>> pagina(Authentication authentication, Wijzigingsvoorstel voorstel, String fout) {
        Map<String, String> namen = keuzes.namen();
        Map<String, String> nu = redactie.lees(voorstel.voorzieningId()).map(s -> s.invoer().velden(i -> namen.getOrDefault(i, i)))
                .orElse(Map.of());
        Map<String, String> nieuw = voorstel.voorstel().velden(i -> namen.getOrDefault(i, i));
        List<Veld> velden = new ArrayList<>();
        nieuw.forEach((veld, waarde) -> velden.add(new Veld(veld, nu.getOrDefault(veld, ""), waarde,
                !waarde.equals(nu.getOrDefault(veld, "")))));
        Map<String, Object> model = beheerModel.met("Voorstel voor " + voorstel.voorzieningNaam(), authentication);
        model.put("voorstel", voorstel);
        model.put("velden", velden);
        model.put("fout", fout);
        model.put("tijd", TijdWeergave.INSTANTIE);
        return new ModelAndView<>("beheer/voorstel", model);
    }

    /** One field: as stored now, as proposed, and whether they differ. */
    public record Veld(String veld, String nu, String voorstel, boolean gewijzigd) {
    }
}
