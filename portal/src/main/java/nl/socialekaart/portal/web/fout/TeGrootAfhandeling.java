package nl.socialekaart.portal.web.fout;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.portal.web.PaginaModel;

import java.util.Map;

/**
 * A request body over {@code micronaut.server.max-request-size} (1 MB): 413 with a Dutch explanation instead
 * of the framework's English JSON; nothing of it is read or stored.
 */
@Controller
public class TeGrootAfhandeling {

    private final PaginaModel paginaModel;

    public TeGrootAfhandeling(PaginaModel paginaModel) {
        this.paginaModel = paginaModel;
    }

    @Error(global = true, exception = ContentLengthExceededException.class)
    public HttpResponse<?> teGroot(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(Map.of("fout", paginaModel.vertaling().tekst("fout.tegroot")));
        }
        Map<String, Object> model = paginaModel.vertaald("fout.tegroot.titel", null, null);
        model.put("melding", paginaModel.vertaling().tekst("fout.tegroot"));
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>("melding", model));
    }
}
