package nl.socialekaart.portal.importeren;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.portal.PaginaModel;

import java.util.Map;

/**
 * Request size per route: the server accepts up to 25 MB (application.yml) because the import upload may be
 * 20 MB; this filter holds every other request to {@link #STANDAARD} as before, and answers an oversized
 * upload with a Dutch page instead of a bare 413. Decided on Content-Length, before the body is read. A
 * request without Content-Length (chunked; browsers always send the length with a form) is bounded by the
 * server's 25 MB, and the import controller checks the file size itself.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class UploadGrootte implements io.micronaut.core.order.Ordered {

    static final long STANDAARD = 1024L * 1024;
    static final String IMPORT_PAD = "/beheer/import";

    private final ImportConfiguratie configuratie;
    private final PaginaModel paginaModel;

    public UploadGrootte(ImportConfiguratie configuratie, PaginaModel paginaModel) {
        this.configuratie = configuratie;
        this.paginaModel = paginaModel;
    }

    @Override
    public int getOrder() {
        // after security (only logged-in users learn the limit) and after the views filter, which renders the page
        return ServerFilterPhase.RENDERING.after();
    }

    static String teGroot(ImportConfiguratie configuratie) {
        return "Het bestand is te groot. Een import mag maximaal " + configuratie.leesbaar()
                + " zijn. Splits het bestand in delen en importeer die na elkaar.";
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> controleer(HttpRequest<?> request) {
        long lengte = request.getContentLength();
        boolean isImport = request.getMethod() == HttpMethod.POST && IMPORT_PAD.equals(request.getPath());
        long maximum = isImport ? configuratie.getMaximaleGrootte() : STANDAARD;
        if (lengte <= maximum) {
            return null;
        }
        String melding = isImport ? teGroot(configuratie) : "Het verzoek is te groot.";
        if (request.getPath().startsWith("/api/")) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(Map.of("fout", melding));
        }
        Map<String, Object> model = paginaModel.met(melding);
        model.put("melding", melding);
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>("melding", model));
    }
}
