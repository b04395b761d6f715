package nl.socialekaart.portal.voorziening;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.portal.PaginaModel;
import nl.socialekaart.portal.zoeken.KaartData;

import java.net.URI;
import java.util.List;
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
    private final KaartData kaartData;

    public VoorzieningPaginaController(VoorzieningWeergaveReader reader, PaginaModel paginaModel, KaartData kaartData) {
        this.reader = reader;
        this.paginaModel = paginaModel;
        this.kaartData = kaartData;
    }

    @Get("/{id}/{slug}")
    public HttpResponse<?> detail(String id, String slug) {
        Optional<VoorzieningWeergave> gevonden = VoorzieningUrl.id(id).flatMap(reader::lees)
                .filter(v -> v.status() == Status.GEPUBLICEERD);
        if (gevonden.isEmpty()) {
            Map<String, Object> model = paginaModel.met("Niet gevonden");
            model.put("melding", "Deze voorziening bestaat niet (meer).");
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("melding", model));
        }
        VoorzieningWeergave voorziening = gevonden.get();
        if (!voorziening.slug().equals(slug)) {
            return HttpResponse.redirect(URI.create(VoorzieningUrl.van(voorziening)));
        }
        Map<String, Object> model = paginaModel.met(voorziening.naam());
        model.put("v", voorziening);
        model.put("kaart", kaartData.json(List.of(voorziening)));
        return HttpResponse.ok(new ModelAndView<>("voorziening", model));
    }
}
