package nl.socialekaart.portal.beheer.verwijzing;

import nl.socialekaart.portal.web.beveiliging.Lezers;
import nl.socialekaart.portal.web.fout.NietGevonden;
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
import nl.socialekaart.directory.redactie.Formulierwaarde;
import nl.socialekaart.directory.verwijzing.Lezer;
import nl.socialekaart.directory.verwijzing.VerwijzingOngeldigException;
import nl.socialekaart.directory.verwijzing.VerwijzingOverzicht;
import nl.socialekaart.directory.verwijzing.Verwijzingen;
import nl.socialekaart.portal.beheer.BeheerModel;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * The receiving organisation's inbox: referrals to its own voorzieningen, and the decision on each.
 * The gemeente (BEHEERDER) gets only the aggregated overview with small cells suppressed.
 */
@Controller("/beheer/verwijzingen")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AanbiederVerwijzingController {

    private final Verwijzingen verwijzingen;
    private final VerwijzingOverzicht overzicht;
    private final BeheerModel beheerModel;

    public AanbiederVerwijzingController(Verwijzingen verwijzingen, VerwijzingOverzicht overzicht, BeheerModel beheerModel) {
        this.verwijzingen = verwijzingen;
        this.overzicht = overzicht;
        this.beheerModel = beheerModel;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured("AANBIEDER")
    public ModelAndView<Map<String, Object>> inbox(Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Verwijzingen", authentication);
        model.put("verwijzingen", verwijzingen.inbox(Lezers.van(authentication)));
        return new ModelAndView<>("beheer/verwijzingen", model);
    }

    @Get(uri = "/overzicht", produces = MediaType.TEXT_HTML)
    @Secured("BEHEERDER")
    public ModelAndView<Map<String, Object>> overzicht(Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Verwijzingen in cijfers", authentication);
        model.put("cellen", overzicht.cellen());
        model.put("minimum", VerwijzingOverzicht.MINIMUM);
        return new ModelAndView<>("beheer/verwijzingen-overzicht", model);
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    @Secured("AANBIEDER")
    public MutableHttpResponse<?> detail(String id, Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Verwijzing", authentication);
        return Formulierwaarde.uuid(id).flatMap(i -> verwijzingen.lees(i, Lezers.van(authentication)))
                .<MutableHttpResponse<?>>map(inzicht -> {
                    model.put("v", inzicht);
                    model.put("fouten", Map.of());
                    return HttpResponse.ok(new ModelAndView<>("beheer/verwijzing", model));
                })
                .orElseGet(() -> NietGevonden.pagina(model));
    }

    @Post(uri = "/{id}/reactie", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured("AANBIEDER")
    public MutableHttpResponse<?> reageer(String id, @Body Reactie reactie, Authentication authentication) {
        Lezer aanbieder = Lezers.van(authentication);
        Map<String, Object> model = beheerModel.met("Verwijzing", authentication);
        UUID verwijzingId = Formulierwaarde.uuid(id).orElse(null);
        if (verwijzingId == null) {
            return NietGevonden.pagina(model);
        }
        try {
            return verwijzingen.reageer(verwijzingId, aanbieder, reactie.besluit(), reactie.toelichting())
                    .<MutableHttpResponse<?>>map(v -> HttpResponse.seeOther(URI.create("/beheer/verwijzingen/" + v.id())))
                    .orElseGet(() -> NietGevonden.pagina(model));
        } catch (VerwijzingOngeldigException e) {
            model.put("v", verwijzingen.lees(verwijzingId, aanbieder).orElseThrow());
            model.put("fouten", e.fouten());
            model.put("toelichting", reactie.toelichting());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("beheer/verwijzing", model));
        }
    }

    @Serdeable
    public record Reactie(@Nullable String keuze, @Nullable String toelichting) {

        Verwijzingen.Besluit besluit() {
            try {
                return keuze == null ? null : Verwijzingen.Besluit.valueOf(keuze);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
