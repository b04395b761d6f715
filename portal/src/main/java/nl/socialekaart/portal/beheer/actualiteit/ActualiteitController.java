package nl.socialekaart.portal.beheer.actualiteit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.actualiteit.Actualiteit;
import nl.socialekaart.directory.gebruiker.Rol;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.beveiliging.Ingelogd;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * /beheer/actualiteit: entries nobody confirmed for six months, per aanbieder, with a one-click "nog
 * actueel". An AANBIEDER account sees and confirms only its own organisation's entries.
 */
@Controller("/beheer/actualiteit")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ActualiteitController {

    private final BeheerModel beheerModel;
    private final Actualiteit actualiteit;
    private final Herinneringen herinneringen;

    public ActualiteitController(BeheerModel beheerModel, Actualiteit actualiteit, Herinneringen herinneringen) {
        this.beheerModel = beheerModel;
        this.actualiteit = actualiteit;
        this.herinneringen = herinneringen;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR", "AANBIEDER"})
    public ModelAndView<Map<String, Object>> overzicht(Authentication authentication,
                                                       @QueryValue @Nullable String gecontroleerd,
                                                       @QueryValue @Nullable Integer verstuurd,
                                                       @QueryValue @Nullable Integer zonderAdres,
                                                       @QueryValue @Nullable Integer mislukt) {
        Ingelogd ingelogd = Ingelogd.van(authentication);
        Map<String, Object> model = beheerModel.met("Actualiteit", authentication);
        model.put("perAanbieder", actualiteit.verouderd(beperking(ingelogd)).values());
        model.put("gecontroleerd", gecontroleerd);
        model.put("verstuurd", verstuurd);
        model.put("zonderAdres", zonderAdres);
        model.put("mislukt", mislukt);
        model.put("herinneringenAan", herinneringen.aan());
        model.put("magHerinneren", ingelogd.heeft(Rol.BEHEERDER, Rol.REDACTEUR));
        return new ModelAndView<>("beheer/actualiteit", model);
    }

    @Post(value = "/{id}/nog-actueel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({"BEHEERDER", "REDACTEUR", "AANBIEDER"})
    public HttpResponse<?> nogActueel(UUID id, Authentication authentication) {
        if (!actualiteit.nogActueel(id, beperking(Ingelogd.van(authentication)))) {
            return HttpResponse.notFound();
        }
        return HttpResponse.seeOther(URI.create("/beheer/actualiteit?gecontroleerd=" + id));
    }

    @Post(value = "/herinneringen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public HttpResponse<?> herinneringenVersturen() {
        Herinneringen.Verzending verzending = herinneringen.verstuur();
        return HttpResponse.seeOther(URI.create("/beheer/actualiteit?verstuurd=" + verzending.verstuurd().size()
                + "&zonderAdres=" + verzending.zonderAdres().size() + "&mislukt=" + verzending.mislukt().size()));
    }

    /** An AANBIEDER account is limited to its own aanbieder; an account without one sees nothing. */
    private static Optional<UUID> beperking(Ingelogd ingelogd) {
        if (ingelogd.rol() == Rol.AANBIEDER) {
            return Optional.of(ingelogd.aanbiederId().orElse(new UUID(0, 0)));
        }
        return Optional.empty();
    }
}
