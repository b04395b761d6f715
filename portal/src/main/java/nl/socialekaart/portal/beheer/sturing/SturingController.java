package nl.socialekaart.portal.beheer.sturing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.sturing.Actualiteit;
import nl.socialekaart.directory.sturing.Dekking;
import nl.socialekaart.directory.sturing.Sturing;
import nl.socialekaart.directory.sturing.Telling;
import nl.socialekaart.directory.sturing.Zoekvraag;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Toegang;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.taal.Teksten;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Steering for the gemeente: gaps in the aanbod per kern and thema, searches that find nothing, stale
 * entries, and the mix of soort and toegang. Aggregates only; every table also as a CSV download.
 */
@Controller("/beheer/sturing")
@Secured({"BEHEERDER", "REDACTEUR"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class SturingController {

    /** How far back the search log is read. */
    static final int ZOEKLOG_DAGEN = 90;
    private static final int ZOEKVRAGEN = 25;

    private final Sturing sturing;
    private final BeheerModel beheerModel;
    private final Teksten teksten;
    private final Clock clock = Clock.systemDefaultZone();

    public SturingController(Sturing sturing, BeheerModel beheerModel, Teksten teksten) {
        this.sturing = sturing;
        this.beheerModel = beheerModel;
        this.teksten = teksten;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> overzicht(Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Sturing", authentication);
        Dekking dekking = sturing.dekking();
        Actualiteit actualiteit = sturing.actualiteit(LocalDate.now(clock));
        List<Telling> soorten = sturing.perSoort();
        List<Telling> toegangen = sturing.perToegang();
        model.put("dekking", dekking);
        model.put("actualiteit", actualiteit);
        model.put("actualiteitStaven", Staaf.van(
                List.of("Gecontroleerd in de laatste 6 maanden", "Langer dan 6 maanden geleden", "Nooit gecontroleerd"),
                List.of(actualiteit.gepubliceerd() - actualiteit.verouderd(), actualiteit.ouderDanGrens(),
                        actualiteit.nooitGecontroleerd())));
        model.put("soortStaven", staven(soorten, w -> teksten.soort(Soort.valueOf(w))));
        model.put("toegangStaven", staven(toegangen, w -> teksten.toegang(Toegang.valueOf(w))));
        model.put("zonderResultaat", sturing.zonderResultaat(sinds(), ZOEKVRAGEN));
        model.put("meestGezocht", sturing.meestGezocht(sinds(), ZOEKVRAGEN));
        model.put("zoeklogDagen", ZOEKLOG_DAGEN);
        return new ModelAndView<>("beheer/sturing", model);
    }

    @Get(uri = "/dekking.csv", produces = "text/csv")
    public HttpResponse<String> dekkingCsv() {
        Dekking dekking = sturing.dekking();
        List<String> kop = new ArrayList<>(List.of("kern", "gebied"));
        kop.addAll(dekking.themas());
        List<List<?>> rijen = dekking.rijen().stream().<List<?>>map(r -> {
            List<Object> rij = new ArrayList<>(List.of(r.kern(), r.gebied()));
            rij.addAll(r.aantallen());
            return rij;
        }).toList();
        return Csv.download("dekking.csv", kop, rijen);
    }

    @Get(uri = "/zonder-resultaat.csv", produces = "text/csv")
    public HttpResponse<String> zonderResultaatCsv() {
        return zoekvragenCsv("zonder-resultaat.csv", sturing.zonderResultaat(sinds(), 1000));
    }

    @Get(uri = "/meest-gezocht.csv", produces = "text/csv")
    public HttpResponse<String> meestGezochtCsv() {
        return zoekvragenCsv("meest-gezocht.csv", sturing.meestGezocht(sinds(), 1000));
    }

    @Get(uri = "/actualiteit.csv", produces = "text/csv")
    public HttpResponse<String> actualiteitCsv() {
        Actualiteit a = sturing.actualiteit(LocalDate.now(clock));
        return Csv.download("actualiteit.csv", List.of("gepubliceerd", "nooit gecontroleerd",
                        "gecontroleerd voor " + a.grens(), "verouderd totaal"),
                List.of(List.of(a.gepubliceerd(), a.nooitGecontroleerd(), a.ouderDanGrens(), a.verouderd())));
    }

    @Get(uri = "/soort.csv", produces = "text/csv")
    public HttpResponse<String> soortCsv() {
        return tellingenCsv("soort.csv", "soort", sturing.perSoort());
    }

    @Get(uri = "/toegang.csv", produces = "text/csv")
    public HttpResponse<String> toegangCsv() {
        return tellingenCsv("toegang.csv", "toegang", sturing.perToegang());
    }

    private java.time.Instant sinds() {
        return clock.instant().minus(Duration.ofDays(ZOEKLOG_DAGEN));
    }

    private static List<Staaf> staven(List<Telling> tellingen, Function<String, String> label) {
        return Staaf.van(tellingen.stream().map(t -> label.apply(t.waarde())).toList(),
                tellingen.stream().map(Telling::aantal).toList());
    }

    private static HttpResponse<String> zoekvragenCsv(String naam, List<Zoekvraag> vragen) {
        return Csv.download(naam, List.of("kern", "zoektekst", "aantal keer gezocht", "waarvan zonder resultaat"),
                vragen.stream().<List<?>>map(v -> java.util.Arrays.asList(v.kern() == null ? "" : v.kern(),
                        v.zoektekst(), v.aantal(), v.zonderResultaat())).toList());
    }

    private static HttpResponse<String> tellingenCsv(String naam, String kolom, List<Telling> tellingen) {
        return Csv.download(naam, List.of(kolom, "gepubliceerde voorzieningen"),
                tellingen.stream().<List<?>>map(t -> List.of(t.waarde(), t.aantal())).toList());
    }
}
