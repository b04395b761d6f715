package nl.socialekaart.portal.publiek.voorziening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.redactie.Formulierwaarde;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.portal.web.PaginaModel;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The detail page of a voorziening, read from PostgreSQL (the source of truth) so it is never behind
 * the index. An outdated slug redirects to the canonical address.
 */
@Controller("/voorziening")
@ExecuteOn(TaskExecutors.BLOCKING)
public class VoorzieningPaginaController {

    private final VoorzieningWeergaveReader reader;
    private final PaginaModel paginaModel;
    private final DetailPagina detailPagina;

    public VoorzieningPaginaController(VoorzieningWeergaveReader reader, PaginaModel paginaModel, DetailPagina detailPagina) {
        this.reader = reader;
        this.paginaModel = paginaModel;
        this.detailPagina = detailPagina;
    }

    @Get("/{id}/{slug}")
    public HttpResponse<?> detail(String id, String slug, @Nullable @QueryValue String gemeld) {
        Optional<VoorzieningWeergave> gevonden = gepubliceerd(id);
        if (gevonden.isEmpty()) {
            return HttpResponse.notFound();
        }
        VoorzieningWeergave voorziening = gevonden.get();
        if (!voorziening.slug().equals(slug)) {
            return HttpResponse.redirect(URI.create(VoorzieningUrl.van(voorziening)));
        }
        Map<String, Object> model = detailPagina.model(voorziening);
        model.put("gemeld", gemeld != null);
        return HttpResponse.ok(new ModelAndView<>("voorziening", model));
    }

    /** A published voorziening by the id in an address; anything else (unknown, concept, archived) is not there. */
    public Optional<VoorzieningWeergave> gepubliceerd(String id) {
        return Formulierwaarde.uuid(id).flatMap(reader::lees).filter(v -> v.status() == Status.GEPUBLICEERD);
    }
}
