package nl.socialekaart.portal.publiek.zoeken;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import nl.socialekaart.directory.geocodering.Geocoder;
import nl.socialekaart.directory.zoeklog.Zoekopdracht;
import nl.socialekaart.directory.geocodering.Punt;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.portal.web.PaginaModel;
import nl.socialekaart.search.zoeken.Afstand;
import nl.socialekaart.search.zoeken.Facet;
import nl.socialekaart.search.zoeken.VoorzieningZoeker;
import nl.socialekaart.search.zoeken.ZoekResultaat;
import nl.socialekaart.search.zoeken.ZoekUitweg;
import nl.socialekaart.search.zoeken.ZoekVraag;

import nl.socialekaart.directory.kern.Kern;
import nl.socialekaart.directory.taxonomie.ThemaRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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
    private final Geocoder geocoder;
    private final ZoekUitweg uitweg;
    private final SociaalTeams sociaalTeams;
    private final Zoeklogger zoeklogger;
    private final ThemaRepository themas;

    public ZoekPaginaController(VoorzieningZoeker zoeker, KernRepository kernen, PaginaModel paginaModel,
                                KaartData kaartData, FacetLabels facetLabels, Geocoder geocoder, ZoekUitweg uitweg,
                                SociaalTeams sociaalTeams, Zoeklogger zoeklogger, ThemaRepository themas) {
        this.zoeker = zoeker;
        this.kernen = kernen;
        this.paginaModel = paginaModel;
        this.kaartData = kaartData;
        this.facetLabels = facetLabels;
        this.geocoder = geocoder;
        this.uitweg = uitweg;
        this.sociaalTeams = sociaalTeams;
        this.zoeklogger = zoeklogger;
        this.themas = themas;
    }

    @Get
    @View("home")
    public Map<String, Object> home(@Nullable @QueryValue String kern) {
        Map<String, Object> model = paginaModel.vertaald("home.titel", null, "/");
        List<Kern> alle = kernen.findAllOrderByNaam();
        Optional<Kern> gekozen = alle.stream().filter(k -> k.slug().equals(kern)).findFirst();
        model.put("kernen", alle);
        model.put("kern", gekozen.map(Kern::slug).orElse(""));
        model.put("kernNaam", gekozen.map(Kern::naam).orElse(null));
        model.put("themas", themas.findAllOrderByVolgorde());
        model.put("sociaalTeams", gekozen.map(k -> sociaalTeams.voor(Set.of(k.slug()))).orElse(List.of()));
        return model;
    }

    @Get("/zoeken")
    @View("zoeken")
    @SuppressWarnings("unchecked")
    public Map<String, Object> zoeken(HttpRequest<?> request, @Nullable @QueryValue String q,
                                      @Nullable @QueryValue String pagina) {
        PlaatsParameters.Keuze plaats = PlaatsParameters.mild(request.getParameters(), geocoder);
        ZoekVraag vraag = new ZoekVraag(ingekort(q), FilterParameters.lees(request.getParameters(), false),
                plaats.plaats(), plaats.sortering(), paginaNummer(pagina), PER_PAGINA);
        ZoekResultaat resultaat = zoeker.zoek(vraag);
        zoeklogger.log(resultaat, Zoekopdracht.Bron.PAGINA);
        Map<String, Object> model = vraag.tekst() == null ? paginaModel.vertaald("zoeken.titel.alles", null, null)
                : paginaModel.vertaald("zoeken.titel.naar", null, null, vraag.tekst());
        model.put("q", vraag.tekst() == null ? "" : vraag.tekst());
        model.put("kern", vraag.gekozen(Facet.KERN).stream().findFirst().orElse(""));
        model.put("kernen", kernen.findAllOrderByNaam());
        model.put("resultaat", resultaat);
        model.put("facetten", facetLabels.weergave(resultaat));
        ZoekUrl staat = ZoekUrl.van(request.getParameters());
        List<FacetWeergave> facetten = (List<FacetWeergave>) model.get("facetten");
        model.put("vorigeUrl", vraag.pagina() > 1 ? staat.pagina(vraag.pagina() - 1) : null);
        model.put("volgendeUrl", vraag.pagina() < resultaat.aantalPaginas() ? staat.pagina(vraag.pagina() + 1) : null);
        model.put("chips", FilterChip.van(staat, facetten));
        model.put("allesWissenUrl", staat.zonderAlle(Set.of("kern", "gebied", "gemeente", "thema", "doelgroep", "toegang",
                "kosten", "soort", "bij", "lat", "lon", "straal_km", "kader", "sortering", "pagina")));
        model.put("filterVelden", staat.behalve(Set.of("kern", "gebied", "gemeente", "thema", "doelgroep", "toegang",
                "kosten", "soort", "pagina")));
        model.put("sorteerVelden", staat.behalve(Set.of("sortering", "pagina")));
        model.put("sortering", vraag.sortering().name().toLowerCase(Locale.ROOT));
        model.put("kanAfstand", vraag.plaats().punt() != null);
        model.put("paginaUrl", staat.toString());
        model.put("kaart", kaartData.json(resultaat.treffers()));
        model.put("bij", request.getParameters().get("bij") == null ? "" : request.getParameters().get("bij"));
        model.put("bijNietGevonden", plaats.nietGevonden());
        model.put("afstanden", afstanden(resultaat));
        if (resultaat.totaal() == 0) {
            model.put("uitweg", uitweg.voor(resultaat));
            model.put("sociaalTeams", sociaalTeams.voor(vraag.gekozen(Facet.KERN)));
        }
        return model;
    }

    /** Per voorziening id, "1,2 km" to its nearest locatie when the search was near a point. */
    private static Map<UUID, String> afstanden(ZoekResultaat resultaat) {
        Punt vanaf = resultaat.vraag().plaats().punt();
        Map<UUID, String> afstanden = new HashMap<>();
        if (vanaf != null) {
            resultaat.treffers().forEach(v -> Afstand.km(vanaf, v).ifPresent(km ->
                    afstanden.put(v.id(), String.format(Locale.of("nl"), "%.1f km", km))));
        }
        return afstanden;
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
