package nl.socialekaart.portal.web.fout;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.exceptions.ViewRenderingException;
import nl.socialekaart.portal.web.PaginaModel;
import nl.socialekaart.search.zoeken.OngeldigeZoekvraagException;
import nl.socialekaart.search.zoeken.ZoekenNietBeschikbaarException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * Turns failures into answers a person or a client program can act on: JSON for {@code /api}, a page in the
 * reader's language otherwise, never a stack trace.
 */
@Controller
public class FoutAfhandeling {

    private static final Logger LOG = LoggerFactory.getLogger(FoutAfhandeling.class);

    private final PaginaModel paginaModel;
    private final VolledigGerenderdeViews<Map<String, Object>> views;

    public FoutAfhandeling(PaginaModel paginaModel, VolledigGerenderdeViews<Map<String, Object>> views) {
        this.paginaModel = paginaModel;
        this.views = views;
    }

    @Error(global = true, exception = OngeldigeZoekvraagException.class)
    public HttpResponse<?> ongeldigeParameter(HttpRequest<?> request, OngeldigeZoekvraagException e) {
        return HttpResponse.badRequest(Map.of(
                "fout", "Ongeldige parameter " + e.parameter() + ": " + e.reden(),
                "parameter", e.parameter(),
                "reden", e.reden()));
    }

    @Error(global = true, exception = ZoekenNietBeschikbaarException.class)
    public HttpResponse<?> zoekenNietBeschikbaar(HttpRequest<?> request, ZoekenNietBeschikbaarException e) {
        LOG.warn("Zoeken niet beschikbaar: {}", e.getCause() == null ? e.toString() : e.getCause().toString());
        return antwoord(request, HttpStatus.SERVICE_UNAVAILABLE, "fout.zoekenniet", "fout.zoekenniet");
    }

    /**
     * A mistake in a page's template: the visitor gets an apology, the log gets the details. The views filter has
     * had its turn by now, so this page is rendered here.
     */
    @Error(global = true, exception = ViewRenderingException.class)
    public HttpResponse<?> paginaKapot(HttpRequest<?> request, ViewRenderingException e) throws IOException {
        LOG.error("Pagina {} niet te tonen", request.getPath(), e);
        Map<String, Object> model = paginaModel.vertaald("fout.intern", null, null);
        model.put("melding", model.get("titel"));
        StringWriter pagina = new StringWriter();
        views.render("melding", model, request).writeTo(pagina);
        return HttpResponse.serverError(pagina.toString()).contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    public HttpResponse<?> nietGevonden(HttpRequest<?> request) {
        return antwoord(request, HttpStatus.NOT_FOUND, "fout.nietgevonden", "fout.pagina.onbekend");
    }

    private HttpResponse<?> antwoord(HttpRequest<?> request, HttpStatus status, String titel, String sleutel) {
        String melding = paginaModel.vertaling().tekst(sleutel);
        if (request.getPath().startsWith("/api/") || request.getPath().startsWith("/hsds")) {
            return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(Map.of("fout", melding));
        }
        Map<String, Object> model = paginaModel.vertaald(titel, null, null);
        model.put("melding", melding);
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(new ModelAndView<>("melding", model));
    }
}
