package nl.socialekaart.portal.publiek.overzicht;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.aanbieder.Aanbieder;
import nl.socialekaart.directory.aanbieder.AanbiederRepository;
import nl.socialekaart.directory.kern.Kern;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.taxonomie.Thema;
import nl.socialekaart.directory.taxonomie.ThemaRepository;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.portal.web.PaginaModel;
import nl.socialekaart.portal.publiek.zoeken.KaartData;
import nl.socialekaart.portal.publiek.zoeken.SociaalTeams;
import nl.socialekaart.search.zoeken.Facet;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pages to browse instead of search: a kern with all its aanbod by thema (and its sociaal team), a thema with
 * its aanbod by kern, an aanbieder with its voorzieningen; and the lists of kernen and thema's. Server-rendered
 * links only, so they work without JavaScript and search engines find every voorziening.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class OverzichtPaginaController {

    private final KernRepository kernen;
    private final ThemaRepository themas;
    private final AanbiederRepository aanbieders;
    private final VoorzieningRepository voorzieningen;
    private final VoorzieningWeergaveReader reader;
    private final AlleAanbod aanbod;
    private final SociaalTeams sociaalTeams;
    private final PaginaModel paginaModel;
    private final KaartData kaartData;

    public OverzichtPaginaController(KernRepository kernen, ThemaRepository themas, AanbiederRepository aanbieders,
                                     VoorzieningRepository voorzieningen, VoorzieningWeergaveReader reader,
                                     AlleAanbod aanbod, SociaalTeams sociaalTeams, PaginaModel paginaModel,
                                     KaartData kaartData) {
        this.kernen = kernen;
        this.themas = themas;
        this.aanbieders = aanbieders;
        this.voorzieningen = voorzieningen;
        this.reader = reader;
        this.aanbod = aanbod;
        this.sociaalTeams = sociaalTeams;
        this.paginaModel = paginaModel;
        this.kaartData = kaartData;
    }

    @Get("/kern/{slug}")
    public HttpResponse<?> kern(String slug) {
        Kern kern = kernen.findBySlug(slug).orElse(null);
        if (kern == null) {
            return HttpResponse.notFound();
        }
        List<VoorzieningWeergave> alle = aanbod.met(Facet.KERN, slug);
        Map<String, Object> model = paginaModel.vertaald("kern.titel", "kern.beschrijving", "/kern/" + slug, kern.naam());
        model.put("kern", kern);
        model.put("aantal", alle.size());
        model.put("groepen", AlleAanbod.groepeer(alle,
                v -> v.themas().stream().map(t -> new String[]{t.code(), t.naam()}).toList(),
                paginaModel.vertaling().tekst("kern.groep.overig")));
        model.put("sociaalTeams", sociaalTeams.voor(Set.of(slug)));
        model.put("zoekUrl", "/zoeken?kern=" + slug);
        return HttpResponse.ok(new ModelAndView<>("kern", model));
    }

    @Get("/thema/{code}")
    public HttpResponse<?> thema(String code) {
        Thema thema = themas.findByCode(code).orElse(null);
        if (thema == null) {
            return HttpResponse.notFound();
        }
        List<VoorzieningWeergave> alle = aanbod.met(Facet.THEMA, code);
        Map<String, Object> model = paginaModel.met(thema.naam(),
                thema.omschrijving() != null ? thema.omschrijving() : paginaModel.vertaling().tekst("thema.beschrijving", thema.naam()),
                "/thema/" + code);
        model.put("thema", thema);
        model.put("aantal", alle.size());
        model.put("groepen", AlleAanbod.groepeer(alle,
                v -> v.werkgebied().stream().map(k -> new String[]{k.slug(), k.naam()}).toList(),
                paginaModel.vertaling().tekst("thema.groep.overal")));
        model.put("zoekUrl", "/zoeken?thema=" + code);
        return HttpResponse.ok(new ModelAndView<>("thema", model));
    }

    @Get("/aanbieder/{slug}")
    public HttpResponse<?> aanbieder(String slug) {
        Aanbieder aanbieder = aanbieders.findBySlug(slug).orElse(null);
        List<VoorzieningWeergave> van = aanbieder == null ? List.of()
                : reader.lees(voorzieningen.findIdByAanbiederIdAndStatusOrderByNaam(aanbieder.id(), Status.GEPUBLICEERD)).stream()
                .sorted(Comparator.comparing(VoorzieningWeergave::naam, String.CASE_INSENSITIVE_ORDER)).toList();
        if (aanbieder == null || van.isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = paginaModel.met(aanbieder.naam(),
                aanbieder.omschrijving() != null ? aanbieder.omschrijving() : paginaModel.vertaling().tekst("aanbieder.beschrijving", aanbieder.naam()),
                "/aanbieder/" + slug);
        model.put("aanbieder", aanbieder);
        model.put("voorzieningen", van);
        model.put("kaart", kaartData.json(van));
        return HttpResponse.ok(new ModelAndView<>("aanbieder", model));
    }

    @Get("/kernen")
    public HttpResponse<?> alleKernen() {
        Map<String, Object> model = paginaModel.vertaald("kernen.titel", "kernen.beschrijving", "/kernen");
        model.put("kernen", kernen.findAllOrderByNaam());
        return HttpResponse.ok(new ModelAndView<>("kernen", model));
    }

    @Get("/themas")
    public HttpResponse<?> alleThemas() {
        Map<String, Object> model = paginaModel.vertaald("themas.titel", "themas.beschrijving", "/themas");
        model.put("themas", themas.findAllOrderByVolgorde());
        return HttpResponse.ok(new ModelAndView<>("themas", model));
    }

}
