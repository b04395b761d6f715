package nl.socialekaart.portal.beheer.inloggen;

import nl.socialekaart.portal.web.beveiliging.GebruikerAuthenticatie;
import nl.socialekaart.portal.web.beveiliging.Inlogpogingen;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.portal.web.PaginaModel;

import java.util.Map;

/**
 * The login page of beheer. Our own controller rather than Micronaut's /login endpoint, so a failed
 * login shows the form again with a Dutch message, and the brake on guessing can say why it refuses.
 */
@Controller("/beheer/inloggen")
@Secured(SecurityRule.IS_ANONYMOUS)
public class InlogController {

    private final GebruikerAuthenticatie<Object> authenticatie;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final Inlogpogingen pogingen;
    private final PaginaModel paginaModel;

    public InlogController(GebruikerAuthenticatie<Object> authenticatie,
                           LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler, Inlogpogingen pogingen,
                           PaginaModel paginaModel) {
        this.authenticatie = authenticatie;
        this.loginHandler = loginHandler;
        this.pogingen = pogingen;
        this.paginaModel = paginaModel;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> formulier(@Nullable @QueryValue String uitgelogd) {
        Map<String, Object> model = paginaModel.met("Inloggen");
        model.put("uitgelogd", uitgelogd != null);
        return new ModelAndView<>("beheer/inloggen", model);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public MutableHttpResponse<?> inloggen(@Body Inlog inlog, HttpRequest<?> request) {
        String email = inlog.email() == null ? "" : inlog.email().strip();
        String adres = request.getRemoteAddress().getAddress().getHostAddress();
        if (email.isEmpty() || inlog.wachtwoord() == null || inlog.wachtwoord().isEmpty()) {
            return opnieuw(email, HttpStatus.UNPROCESSABLE_ENTITY, "Vul uw e-mailadres en wachtwoord in.");
        }
        if (pogingen.geblokkeerd(email, adres)) {
            return opnieuw(email, HttpStatus.TOO_MANY_REQUESTS, "U heeft te vaak een verkeerd wachtwoord ingevuld. "
                    + "Wacht een kwartier en probeer het dan opnieuw.");
        }
        @SuppressWarnings("unchecked")
        AuthenticationResponse antwoord = authenticatie.authenticate((HttpRequest<Object>) request,
                new UsernamePasswordCredentials(email, inlog.wachtwoord()));
        if (!antwoord.isAuthenticated() || antwoord.getAuthentication().isEmpty()) {
            pogingen.mislukt(email, adres);
            return opnieuw(email, HttpStatus.UNAUTHORIZED, "Het e-mailadres of het wachtwoord klopt niet.");
        }
        pogingen.gelukt(email);
        return loginHandler.loginSuccess(antwoord.getAuthentication().get(), request);
    }

    private MutableHttpResponse<?> opnieuw(String email, HttpStatus status, String fout) {
        Map<String, Object> model = paginaModel.met("Inloggen");
        model.put("email", email);
        model.put("fout", fout);
        return HttpResponse.status(status).body(new ModelAndView<>("beheer/inloggen", model));
    }

    @Serdeable
    public record Inlog(@Nullable String email, @Nullable String wachtwoord) {
    }
}
