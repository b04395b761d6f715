package nl.socialekaart.portal.beheer.importeren;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import nl.socialekaart.portal.web.PortalConfiguration;

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
    /** The CSV/XLSX import and the HSDS import take files up to the import limit. */
    static final java.util.Set<String> IMPORT_PADEN = java.util.Set.of("/beheer/import", "/beheer/import/hsds");

    private final ImportConfiguratie configuratie;
    private final String site;

    public UploadGrootte(ImportConfiguratie configuratie, PortalConfiguration portal) {
        this.configuratie = configuratie;
        this.site = portal.gemeenteNaam().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public int getOrder() {
        // after security: only logged-in users reach the import's limit
        return ServerFilterPhase.SECURITY.after();
    }

    static String teGroot(ImportConfiguratie configuratie) {
        return "Het bestand is te groot. Een import mag maximaal " + configuratie.leesbaar()
                + " zijn. Splits het bestand in delen en importeer die na elkaar.";
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> controleer(HttpRequest<?> request) {
        long lengte = request.getContentLength();
        boolean isImport = request.getMethod() == HttpMethod.POST && IMPORT_PADEN.contains(request.getPath());
        long maximum = isImport ? configuratie.getMaximaleGrootte() : STANDAARD;
        if (lengte <= maximum) {
            return null;
        }
        String melding = isImport ? teGroot(configuratie) : "Het verzoek is te groot.";
        if (request.getPath().startsWith("/api/")) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(Map.of("fout", melding));
        }
        // a filter's early answer is not rendered by the views module, so the page is written here; the
        // texts are constants (no user input), escaping is not needed
        String terug = isImport ? "<p><a href=\"/beheer/import\">Terug naar importeren</a></p>" : "";
        String pagina = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Te groot | " + site + "</title><link rel=\"stylesheet\" href=\"/static/css/portal.css\"></head>"
                + "<body><main id=\"inhoud\" class=\"inhoud\"><h1>" + melding + "</h1>" + terug + "</main></body></html>";
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(MediaType.TEXT_HTML_TYPE + ";charset=utf-8")
                .body(pagina);
    }
}
