package nl.socialekaart.portal.beheer.meldingen;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.melding.Melding;
import nl.socialekaart.directory.melding.MeldingRepository;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Voorziening;
import nl.socialekaart.directory.voorziening.VoorzieningRepository;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.beveiliging.Ingelogd;
import nl.socialekaart.portal.publiek.voorziening.VoorzieningUrl;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * The queue of residents' "Klopt er iets niet?" reports: open ones oldest first, each with the voorziening it
 * is about; a redacteur marks one handled (or opens it again) after fixing the entry.
 */
@Controller("/beheer/meldingen")
@Secured({"BEHEERDER", "REDACTEUR"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class MeldingenController {

    private static final int MAXIMAAL_AFGEHANDELD = 200;
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.of("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final MeldingRepository meldingen;
    private final VoorzieningRepository voorzieningen;
    private final BeheerModel beheerModel;

    public MeldingenController(MeldingRepository meldingen, VoorzieningRepository voorzieningen, BeheerModel beheerModel) {
        this.meldingen = meldingen;
        this.voorzieningen = voorzieningen;
        this.beheerModel = beheerModel;
    }

    /** One melding as the queue shows it, with where to see and fix its entry. */
    public record Regel(Melding melding, String ontvangen, @Nullable String afgehandeld, String voorziening,
                        @Nullable String openbaarAdres, String beheerAdres) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> wachtrij(@QueryValue(defaultValue = "open") String toon,
                                                     Authentication authentication) {
        return pagina(authentication, "afgehandeld".equals(toon), null, HttpStatus.OK).getBody().orElseThrow();
    }

    @Post(uri = "/{id}/afgehandeld", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> afgehandeld(@PathVariable UUID id, @Body Map<String, String> invoer, Authentication authentication) {
        Optional<Melding> melding = meldingen.findById(id);
        if (melding.isEmpty()) {
            return HttpResponse.notFound();
        }
        Melding m = melding.get();
        Melding gewijzigd = new Melding(m.id(), m.voorzieningId(), m.toelichting(), m.contactEmail(), m.ontvangenOp(),
                Instant.now(), Ingelogd.van(authentication).naam(), versie(invoer, m));
        return bewaar(gewijzigd, authentication, false);
    }

    @Post(uri = "/{id}/heropenen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> heropenen(@PathVariable UUID id, @Body Map<String, String> invoer, Authentication authentication) {
        Optional<Melding> melding = meldingen.findById(id);
        if (melding.isEmpty()) {
            return HttpResponse.notFound();
        }
        Melding m = melding.get();
        return bewaar(new Melding(m.id(), m.voorzieningId(), m.toelichting(), m.contactEmail(), m.ontvangenOp(),
                null, null, versie(invoer, m)), authentication, true);
    }

    private HttpResponse<?> bewaar(Melding gewijzigd, Authentication authentication, boolean naarAfgehandeld) {
        try {
            meldingen.update(gewijzigd);
        } catch (OptimisticLockException e) {
            return pagina(authentication, naarAfgehandeld, "Iemand anders heeft deze melding intussen behandeld. "
                    + "Er is niets veranderd; bekijk de lijst hieronder.", HttpStatus.CONFLICT);
        }
        return HttpResponse.seeOther(URI.create(naarAfgehandeld ? "/beheer/meldingen?toon=afgehandeld" : "/beheer/meldingen"));
    }

    /** The version the list was shown with: a click on an out-of-date list is refused. */
    private static Long versie(Map<String, String> invoer, Melding m) {
        String v = invoer.get("version");
        try {
            return v == null || v.isBlank() ? m.version() : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> pagina(Authentication authentication, boolean afgehandeld,
                                                                    @Nullable String fout, HttpStatus status) {
        Map<String, Object> model = beheerModel.met("Meldingen", authentication);
        List<Melding> lijst = afgehandeld
                ? StreamSupport.stream(meldingen.findAll().spliterator(), false).filter(Melding::afgehandeld)
                .sorted(Comparator.comparing(Melding::afgehandeldOp).reversed()).limit(MAXIMAAL_AFGEHANDELD).toList()
                : meldingen.findByAfgehandeldOpIsNullOrderByOntvangenOp();
        model.put("regels", lijst.stream().map(this::regel).toList());
        model.put("afgehandeld", afgehandeld);
        model.put("aantalOpen", meldingen.countByAfgehandeldOpIsNull());
        model.put("fout", fout);
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>("beheer/meldingen", model));
    }

    private Regel regel(Melding m) {
        Optional<Voorziening> v = voorzieningen.findById(m.voorzieningId());
        String naam = v.map(Voorziening::naam).orElse("(voorziening niet gevonden)");
        String openbaar = v.filter(x -> x.status() == Status.GEPUBLICEERD)
                .map(x -> VoorzieningUrl.pad(x.id().toString(), x.slug())).orElse(null);
        return new Regel(m, m.ontvangenOp() == null ? "" : TIJD.format(m.ontvangenOp()),
                m.afgehandeldOp() == null ? null : TIJD.format(m.afgehandeldOp()), naam, openbaar,
                "/beheer/voorzieningen/" + m.voorzieningId());
    }
}
