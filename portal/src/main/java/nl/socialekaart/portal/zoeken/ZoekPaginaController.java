package nl.socialekaart.portal.zoeken;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.portal.PaginaModel;
import nl.socialekaart.search.zoeken.Facet;
import nl.socialekaart.search.zoeken.VoorzieningZoeker;
import nl.socialekaart.search.zoeken.ZoekResultaat;
import nl.socialekaart.search.zoeken.ZoekVraag;

import java.util.Map;

/** The home page and the server-rendered results page; both work without JavaScript. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class ZoekPaginaController {

    static final int PER_PAGINA = 20;

    private final VoorzieningZoeker zoeker;
    private final KernRepository kernen;
    private final PaginaModel paginaModel;
    private final KaartData kaartData;
    private final FacetLabels facetLabels;

    public ZoekPaginaController(VoorzieningZoeker zoeker, KernRepository kernen, PaginaModel paginaModel,
                                KaartData kaartData, FacetLabels facetLabels) {
        this.zoeker = zoeker;
        this.kernen = kernen;
        this.paginaModel = paginaModel;
        this.kaartData = kaartData;
        this.facetLabels = facetLabels;
    }

    @Get
    @View("home")
    public Map<String, Object> home() {
        Map<String, Object> model = paginaModel.met("Vind hulp en activiteiten bij u in de buurt");
        model.put("kernen", kernen.findAllOrderByNaam());
        return model;
    }

    @Get("/zoeken")
    @View("zoeken")
    public Map<String, Object> zoeken(HttpRequest<?> request, @Nullable @QueryValue String q,
                                      @Nullable @QueryValue String pagina) {
        ZoekVraag vraag = new ZoekVraag(ingekort(q), FilterParameters.lees(request.getParameters(), false),
                paginaNummer(pagina), PER_PAGINA);
        ZoekResultaat resultaat = zoeker.zoek(vraag);
        Map<String, Object> model = paginaModel.met(vraag.tekst() == null ? "Alle voorzieningen" : "Zoeken naar " + vraag.tekst());
        model.put("q", vraag.tekst() == null ? "" : vraag.tekst());
        model.put("kern", vraag.gekozen(Facet.KERN).stream().findFirst().orElse(""));
        model.put("kernen", kernen.findAllOrderByNaam());
        model.put("resultaat", resultaat);
        model.put("facetten", facetLabels.weergave(resultaat));
        model.put("vorigeUrl", vraag.pagina() > 1 ? ZoekUrl.van(vraag, vraag.pagina() - 1) : null);
        model.put("volgendeUrl", vraag.pagina() < resultaat.aantalPaginas() ? ZoekUrl.van(vraag, vraag.pagina() + 1) : null);
        model.put("kaart", kaartData.json(resultaat.treffers()));
        return model;
    }

    /** A page is forgiving where the API is strict: a typed-over URL still shows results. */
    static int paginaNummer(@Nullable String pagina) {
        try {
            int nummer = pagina == null ? 1 : Integer.parseInt(pagina.strip());
            return Math.clamp(nummer, 1, ZoekVraag.laatstePagina(PER_PAGINA));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String ingekort(@Nullable String q) {
        return q == null || q.length() <= ZoekVraag.MAXIMALE_TEKSTLENGTE ? q : q.substring(0, ZoekVraag.MAXIMALE_TEKSTLENGTE);
    }
}
