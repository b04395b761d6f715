package nl.socialekaart.portal.publiek.melding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.socialekaart.directory.melding.Melding;
import nl.socialekaart.directory.melding.MeldingRepository;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.portal.web.PaginaModel;
import nl.socialekaart.portal.publiek.voorziening.DetailPagina;
import nl.socialekaart.portal.publiek.voorziening.VoorzieningPaginaController;
import nl.socialekaart.portal.publiek.voorziening.VoorzieningUrl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "Klopt er iets niet?": the form on every detail page. No account, no personal data required. Spam is kept
 * out without a CAPTCHA service: a signed time token (also what makes a cross-site post fail, without a
 * session), a minimum fill time, a honeypot field people never see, and a limit per client address. A valid
 * melding lands in the {@code melding} table, beheer's queue; the resident is sent back to the page
 * (post/redirect/get) with a thank-you.
 */
@Controller("/voorziening")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MeldingController {

    static final Duration MINIMALE_INVULTIJD = Duration.ofSeconds(3);
    static final Duration MAXIMALE_INVULTIJD = Duration.ofHours(6);

    private final VoorzieningPaginaController voorzieningen;
    private final DetailPagina detailPagina;
    private final PaginaModel paginaModel;
    private final FormulierToken token;
    private final MeldingLimiet limiet;
    private final MeldingRepository meldingen;
    private final Validator validator;
    private final Clock clock;
    private final String eigenOorsprong;

    public MeldingController(VoorzieningPaginaController voorzieningen, DetailPagina detailPagina, PaginaModel paginaModel,
                             FormulierToken token, MeldingLimiet limiet, MeldingRepository meldingen, Validator validator,
                             Clock clock, nl.socialekaart.portal.web.PortalConfiguration configuration) {
        this.voorzieningen = voorzieningen;
        this.detailPagina = detailPagina;
        this.paginaModel = paginaModel;
        this.token = token;
        this.limiet = limiet;
        this.meldingen = meldingen;
        this.validator = validator;
        this.clock = clock;
        this.eigenOorsprong = configuration.basisUrl().replaceFirst("^(https?://[^/]+).*$", "$1");
    }

    @Post("/{id}/{slug}/melding")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> meld(HttpRequest<?> request, String id, String slug, @Nullable String toelichting,
                                @Nullable String email, @Nullable String website, @Nullable String token) {
        Optional<VoorzieningWeergave> gevonden = voorzieningen.gepubliceerd(id);
        if (gevonden.isEmpty()) {
            return HttpResponse.notFound();
        }
        VoorzieningWeergave v = gevonden.get();
        String terug = VoorzieningUrl.van(v);
        if (!vanDezeSite(request, eigenOorsprong)) {
            return pagina(v, HttpStatus.FORBIDDEN, toelichting, email, Map.of("formulier",
                    paginaModel.vertaling().tekst("melding.fout.herkomst")));
        }
        if (website != null && !website.isBlank()) {
            // the honeypot: a field hidden from people. Only a bot fills it; it gets the thank-you and nothing is kept
            return HttpResponse.seeOther(URI.create(terug + "?gemeld=1#melding"));
        }
        Optional<Instant> uitgegeven = this.token.controleer(v.id().toString(), token);
        Instant nu = clock.instant();
        if (uitgegeven.isEmpty() || uitgegeven.get().isBefore(nu.minus(MAXIMALE_INVULTIJD))) {
            return pagina(v, HttpStatus.UNPROCESSABLE_ENTITY, toelichting, email, Map.of("formulier",
                    paginaModel.vertaling().tekst("melding.fout.verlopen")));
        }
        if (uitgegeven.get().isAfter(nu.minus(MINIMALE_INVULTIJD))) {
            return pagina(v, HttpStatus.UNPROCESSABLE_ENTITY, toelichting, email, Map.of("formulier",
                    paginaModel.vertaling().tekst("melding.fout.snel")));
        }
        Melding melding = Melding.nieuw(v.id(), toelichting == null ? "" : toelichting.strip(),
                email == null || email.isBlank() ? null : email.strip());
        Map<String, String> fouten = new LinkedHashMap<>();
        for (ConstraintViolation<Melding> fout : validator.validate(melding)) {
            String veld = fout.getPropertyPath().toString().equals("contactEmail") ? "email" : fout.getPropertyPath().toString();
            fouten.putIfAbsent(veld, inWoorden(veld, fout));
        }
        if (!fouten.isEmpty()) {
            return pagina(v, HttpStatus.UNPROCESSABLE_ENTITY, toelichting, email, fouten);
        }
        if (!limiet.toegestaan(adres(request))) {
            return pagina(v, HttpStatus.TOO_MANY_REQUESTS, toelichting, email, Map.of("formulier",
                    paginaModel.vertaling().tekst("melding.fout.limiet")));
        }
        meldingen.save(melding);
        return HttpResponse.seeOther(URI.create(terug + "?gemeld=1#melding"));
    }

    /**
     * The rule's message in the reader's language: melding.fout.&lt;field&gt;.&lt;constraint&gt; in the bundle, with the
     * constraint's {@code max} as {0}; the domain's own (Dutch) message when the bundle has none.
     */
    private String inWoorden(String veld, ConstraintViolation<Melding> fout) {
        var regel = fout.getConstraintDescriptor();
        return paginaModel.vertaling().misschien("melding.fout." + veld + "." + regel.getAnnotation().annotationType().getSimpleName(),
                regel.getAttributes().getOrDefault("max", "")).orElse(fout.getMessage());
    }

    /** The detail page again, with the resident's input kept and the messages next to the fields. */
    private HttpResponse<?> pagina(VoorzieningWeergave v, HttpStatus status, @Nullable String toelichting,
                                   @Nullable String email, Map<String, String> fouten) {
        Map<String, Object> model = detailPagina.model(v);
        model.put("meldingFouten", fouten);
        model.put("meldingToelichting", toelichting == null ? "" : toelichting);
        model.put("meldingEmail", email == null ? "" : email);
        model.put("titel", paginaModel.vertaling().tekst("melding.fout.titel", v.naam()));
        return HttpResponse.status(status).body(new ModelAndView<>("voorziening", model));
    }

    /**
     * A browser names the site a form came from in Origin; a post from another site is refused. Ours is the
     * configured basis-url, or the Host the request was sent to (which a reverse proxy may rewrite).
     */
    private static boolean vanDezeSite(HttpRequest<?> request, String eigenOorsprong) {
        String origin = request.getHeaders().get("Origin");
        if (origin == null || origin.equals("null")) {
            return origin == null;
        }
        if (origin.equalsIgnoreCase(eigenOorsprong)) {
            return true;
        }
        String host = request.getHeaders().get("Host");
        try {
            URI uri = URI.create(origin);
            String oorsprong = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return host != null && (host.equalsIgnoreCase(oorsprong) || host.equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String adres(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress() == null ? request.getRemoteAddress().getHostString()
                : request.getRemoteAddress().getAddress().getHostAddress();
    }
}
