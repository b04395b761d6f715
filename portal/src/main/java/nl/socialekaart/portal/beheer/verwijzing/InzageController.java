package nl.socialekaart.portal.beheer.verwijzing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.verwijzing.Inzagelog;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.beheer.redactie.TijdWeergave;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static nl.socialekaart.directory.redactie.Formulierwaarde.opgeschoond;
import static nl.socialekaart.directory.redactie.Formulierwaarde.uuid;

/** The read trail of referrals for the beheerder: who read how many in the last 30 days, and the newest entries. */
@Controller("/beheer/verwijzingen/inzage")
@ExecuteOn(TaskExecutors.BLOCKING)
public class InzageController {

    static final Duration PERIODE = Duration.ofDays(30);

    private final Inzagelog inzagelog;
    private final BeheerModel beheerModel;
    private final Clock clock;

    public InzageController(Inzagelog inzagelog, BeheerModel beheerModel, Clock clock) {
        this.inzagelog = inzagelog;
        this.beheerModel = beheerModel;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured("BEHEERDER")
    public HttpResponse<ModelAndView<Map<String, Object>>> inzage(@Nullable @QueryValue String gebruiker,
                                                                  @Nullable @QueryValue String verwijzing,
                                                                  Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Wie las welke verwijzing", authentication);
        String email = opgeschoond(gebruiker);
        String nummer = opgeschoond(verwijzing);
        Optional<UUID> verwijzingId = uuid(nummer);
        model.put("gebruiker", email == null ? "" : email);
        model.put("verwijzing", nummer == null ? "" : nummer);
        model.put("lezers", inzagelog.lezers(clock.instant().minus(PERIODE)));
        model.put("dagen", PERIODE.toDays());
        model.put("maximum", Inzagelog.MAXIMUM);
        model.put("tijd", TijdWeergave.INSTANTIE);
        if (nummer != null && verwijzingId.isEmpty()) {
            model.put("fout", "Dit is geen verwijzingsnummer. Het nummer staat in de adresbalk van de verwijzing, "
                    + "bijvoorbeeld 3f2b8c1e-0d4a-4b7e-9c61-5a8e2f0b7d13.");
            model.put("inzagen", List.of());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("beheer/verwijzingen-inzage", model));
        }
        model.put("inzagen", inzagelog.recent(email, verwijzingId.orElse(null)));
        return HttpResponse.ok(new ModelAndView<>("beheer/verwijzingen-inzage", model));
    }
}
