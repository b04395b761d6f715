package nl.socialekaart.portal.professional;

import io.micronaut.context.annotation.Value;
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
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.redactie.Formulierwaarde;
import nl.socialekaart.directory.verwijzing.Lijstje;
import nl.socialekaart.directory.verwijzing.Lijstjes;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.portal.web.PaginaModel;
import nl.socialekaart.portal.web.PortalConfiguration;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.fout.NietGevonden;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * "Lijstje voor mijn cliënt": the professional ticks results while searching; the list gets a short code.
 * The professional prints it or downloads a PDF; the client opens the public page behind the link or
 * QR code. A list holds only voorziening ids, so the public page shows only public data.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class LijstjeController {

    private final Lijstjes lijstjes;
    private final VoorzieningWeergaveReader reader;
    private final BeheerModel beheerModel;
    private final PaginaModel paginaModel;
    private final PortalConfiguration configuration;
    private final String publiekeUrl;

    public LijstjeController(Lijstjes lijstjes, VoorzieningWeergaveReader reader, BeheerModel beheerModel,
                             PaginaModel paginaModel, PortalConfiguration configuration,
                             @Nullable @Value("${sociale-kaart.portal.publieke-url:}") String publiekeUrl) {
        this.lijstjes = lijstjes;
        this.reader = reader;
        this.beheerModel = beheerModel;
        this.paginaModel = paginaModel;
        this.configuration = configuration;
        this.publiekeUrl = publiekeUrl == null ? "" : publiekeUrl.replaceAll("/+$", "");
    }

    /** Adds the ticked results to the list in progress (a new code) and goes back to the search. */
    @Post(uri = "/professional/lijstjes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({"PROFESSIONAL", "BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> voegToe(HttpRequest<?> request, @Body Map<String, Object> formulier) {
        List<UUID> gekozen = waarden(formulier.get("v")).stream().map(Formulierwaarde::uuid).flatMap(Optional::stream).toList();
        String vorige = waarden(formulier.get("lijstje")).stream().findFirst().orElse(null);
        Optional<Lijstje> lijstje = lijstjes.maak(vorige, gekozen);
        UriBuilder terug = UriBuilder.of("/professional/zoeken");
        waarden(formulier.get("q")).stream().findFirst().ifPresent(q -> terug.queryParam("q", q));
        waarden(formulier.get("kern")).stream().findFirst().ifPresent(k -> terug.queryParam("kern", k));
        lijstje.or(() -> lijstjes.lees(vorige)).ifPresent(l -> terug.queryParam("lijstje", l.code()));
        return HttpResponse.seeOther(terug.build());
    }

    @Get(uri = "/professional/lijstjes/{code}", produces = MediaType.TEXT_HTML)
    @Secured({"PROFESSIONAL", "BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> afdrukbaar(String code, HttpRequest<?> request, Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Lijstje voor uw cliënt", authentication);
        return lijstjes.lees(code).<MutableHttpResponse<?>>map(l -> {
            model.put("lijstje", l);
            model.put("regels", regels(l));
            model.put("link", link(request, l));
            return HttpResponse.ok(new ModelAndView<>("professional/lijstje", model));
        }).orElseGet(() -> NietGevonden.pagina(model));
    }

    @Get(uri = "/professional/lijstjes/{code}/pdf", produces = "application/pdf")
    @Secured({"PROFESSIONAL", "BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> pdf(String code, HttpRequest<?> request) {
        return lijstjes.lees(code).<MutableHttpResponse<?>>map(l -> HttpResponse.ok(
                        LijstjePdf.maak(configuration.gemeenteNaam(), regels(l), link(request, l)))
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"lijstje-" + l.code() + ".pdf\""))
                .orElseGet(() -> HttpResponse.status(HttpStatus.NOT_FOUND));
    }

    /** The public page behind the link and QR code: only public data, so no login. */
    @Get(uri = "/lijstje/{code}", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    public MutableHttpResponse<?> publiek(String code, HttpRequest<?> request) {
        Map<String, Object> model = paginaModel.met("Voorzieningen voor u");
        Optional<Lijstje> lijstje = lijstjes.lees(code);
        if (lijstje.isEmpty()) {
            model.put("melding", "Dit lijstje bestaat niet.");
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("melding", model));
        }
        model.put("lijstje", lijstje.get());
        model.put("regels", regels(lijstje.get()));
        model.put("link", link(request, lijstje.get()));
        return HttpResponse.ok(new ModelAndView<>("lijstje", model));
    }

    @Get(uri = "/lijstje/{code}/qr.png", produces = MediaType.IMAGE_PNG)
    @Secured(SecurityRule.IS_ANONYMOUS)
    public MutableHttpResponse<?> qr(String code, HttpRequest<?> request) {
        return lijstjes.lees(code).<MutableHttpResponse<?>>map(l -> HttpResponse.ok(QrCode.png(link(request, l), 240))
                        .contentType(MediaType.IMAGE_PNG_TYPE))
                .orElseGet(() -> HttpResponse.status(HttpStatus.NOT_FOUND));
    }

    private List<LijstjeRegel> regels(Lijstje lijstje) {
        List<VoorzieningWeergave> gelezen = reader.lees(lijstje.ids());
        return lijstje.ids().stream()
                .flatMap(id -> gelezen.stream().filter(v -> v.id().equals(id)).findFirst().stream())
                .filter(v -> v.status() == Status.GEPUBLICEERD)
                .map(LijstjeRegel::van).toList();
    }

    /** Absolute, for print and QR: the configured public address, else the host this request came to. */
    private String link(HttpRequest<?> request, Lijstje lijstje) {
        String basis = publiekeUrl;
        if (basis.isEmpty()) {
            String host = request.getHeaders().get("Host");
            basis = (host == null ? "http://localhost" : (request.isSecure() ? "https://" : "http://") + host);
        }
        return basis + "/lijstje/" + lijstje.code();
    }

    private static List<String> waarden(@Nullable Object waarde) {
        if (waarde == null) {
            return List.of();
        }
        if (waarde instanceof List<?> lijst) {
            return lijst.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(waarde));
    }
}
