package nl.socialekaart.portal.professional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.redactie.Formulierwaarde;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.verwijzing.ProfessioneleGegevens;
import nl.socialekaart.directory.verwijzing.ProfessioneleGegevensRepository;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.fout.NietGevonden;
import nl.socialekaart.search.zoeken.VoorzieningZoeker;
import nl.socialekaart.search.zoeken.ZoekResultaat;
import nl.socialekaart.search.zoeken.ZoekVraag;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The professional's search: the public search ({@link VoorzieningZoeker}) with, per result, the fields only
 * professionals see, read from PostgreSQL (they are never in the index). Results can go on a shortlist.
 */
@Controller("/professional")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProfessionalZoekController {

    static final int PER_PAGINA = 20;

    private final VoorzieningZoeker zoeker;
    private final ProfessioneleGegevensRepository professioneel;
    private final KernRepository kernen;
    private final BeheerModel beheerModel;
    private final VoorzieningVoorProfessional voorzieningPagina;

    public ProfessionalZoekController(VoorzieningZoeker zoeker, ProfessioneleGegevensRepository professioneel,
                                      KernRepository kernen, BeheerModel beheerModel,
                                      VoorzieningVoorProfessional voorzieningPagina) {
        this.zoeker = zoeker;
        this.professioneel = professioneel;
        this.kernen = kernen;
        this.beheerModel = beheerModel;
        this.voorzieningPagina = voorzieningPagina;
    }

    @Get(uri = "/zoeken", produces = MediaType.TEXT_HTML)
    @Secured({"PROFESSIONAL", "BEHEERDER", "REDACTEUR"})
    public ModelAndView<Map<String, Object>> zoeken(@Nullable @QueryValue String q, @Nullable @QueryValue String kern,
                                                    @Nullable @QueryValue String lijstje, Authentication authentication) {
        String tekst = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), ZoekVraag.MAXIMALE_TEKSTLENGTE));
        String kernSlug = kern == null || kern.isBlank() ? null : kern;
        ZoekResultaat resultaat = zoeker.zoek(ZoekVraag.van(tekst, kernSlug, 1, PER_PAGINA));
        List<java.util.UUID> ids = resultaat.treffers().stream().map(VoorzieningWeergave::id).toList();
        Map<java.util.UUID, ProfessioneleGegevens> intern = ids.isEmpty() ? Map.of()
                : professioneel.findByVoorzieningIdIn(ids).stream()
                .collect(Collectors.toMap(ProfessioneleGegevens::voorzieningId, Function.identity()));
        Map<String, Object> model = beheerModel.met("Zoeken voor professionals", authentication);
        model.put("q", tekst == null ? "" : tekst);
        model.put("kern", kernSlug == null ? "" : kernSlug);
        model.put("kernen", kernen.findAllOrderByNaam());
        model.put("resultaat", resultaat);
        model.put("intern", intern);
        model.put("lijstje", lijstje == null || !lijstje.matches(nl.socialekaart.directory.verwijzing.Lijstjes.CODE_PATROON) ? "" : lijstje);
        return new ModelAndView<>("professional/zoeken", model);
    }

    @Get(uri = "/voorzieningen/{id}", produces = MediaType.TEXT_HTML)
    @Secured({"PROFESSIONAL", "BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> voorziening(String id, Authentication authentication) {
        return Formulierwaarde.uuid(id).flatMap(i -> voorzieningPagina.model(i, authentication))
                .<MutableHttpResponse<?>>map(model -> HttpResponse.ok(new ModelAndView<>("professional/voorziening", model)))
                .orElseGet(() -> NietGevonden.pagina(beheerModel.met("Niet gevonden", authentication)));
    }
}
