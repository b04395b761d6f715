package nl.socialekaart.portal.beheer.index;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.portal.beheer.BeheerModel;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The search index for beheerders: does Elasticsearch hold what PostgreSQL publishes, how far behind is
 * the outbox, and a button to rebuild the index (in the background, with progress; search keeps working).
 */
@Controller("/beheer/index")
@Secured("BEHEERDER")
@ExecuteOn(TaskExecutors.BLOCKING)
public class IndexController {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.of("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final IndexStandLezer lezer;
    private final IndexHerbouw herbouw;
    private final BeheerModel beheerModel;

    public IndexController(IndexStandLezer lezer, IndexHerbouw herbouw, BeheerModel beheerModel) {
        this.lezer = lezer;
        this.herbouw = herbouw;
        this.beheerModel = beheerModel;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> overzicht(Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Zoekindex", authentication);
        IndexStand stand = lezer.lees();
        model.put("stand", stand);
        model.put("laatsteSync", stand.laatsteSync() == null ? null : TIJD.format(stand.laatsteSync()));
        model.put("klaar", stand.herbouw().klaar() == null ? null : TIJD.format(stand.herbouw().klaar()));
        return new ModelAndView<>("beheer/index", model);
    }

    /** Polled by /static/js/beheer-index.js while a rebuild runs. */
    @Get(uri = "/status", produces = MediaType.APPLICATION_JSON)
    public IndexStand status() {
        return lezer.lees();
    }

    @Post(uri = "/herbouwen", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    public HttpResponse<?> herbouwen() {
        herbouw.start();
        return HttpResponse.seeOther(URI.create("/beheer/index"));
    }
}
