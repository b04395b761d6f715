package nl.socialekaart.portal.beheer.redactie;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.gebruiker.Rol;
import nl.socialekaart.directory.redactie.Aanbodlijst;
import nl.socialekaart.directory.redactie.Historie;
import nl.socialekaart.directory.redactie.Invoercontrole;
import nl.socialekaart.directory.redactie.Redactie;
import nl.socialekaart.directory.redactie.VoorzieningInvoer;
import nl.socialekaart.directory.redactie.Weekdag;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Toegang;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.beveiliging.Ingelogd;

import java.net.URI;
import nl.socialekaart.directory.redactie.Formulierwaarde;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The aanbod in beheer: a list with filters, and the form to create or edit a voorziening with its werkgebied,
 * thema's, doelgroepen, locaties, opening periods and publication window. A REDACTEUR or BEHEERDER saves
 * directly; an AANBIEDER edits only its own aanbieder's voorzieningen, and its save becomes a
 * wijzigingsvoorstel for a REDACTEUR (the published version stays live). A stale version is refused with
 * the other person's values next to one's own.
 */
@Controller("/beheer/voorzieningen")
@ExecuteOn(TaskExecutors.BLOCKING)
public class VoorzieningBeheerController {

    private final BeheerModel beheerModel;
    private final Aanbodlijst aanbodlijst;
    private final Redactie redactie;
    private final Invoercontrole controle;
    private final Historie historie;
    private final Keuzes keuzes;

    public VoorzieningBeheerController(BeheerModel beheerModel, Aanbodlijst aanbodlijst, Redactie redactie,
                                       Invoercontrole controle, Historie historie, Keuzes keuzes) {
        this.beheerModel = beheerModel;
        this.aanbodlijst = aanbodlijst;
        this.redactie = redactie;
        this.controle = controle;
        this.historie = historie;
        this.keuzes = keuzes;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR", "AANBIEDER"})
    public ModelAndView<Map<String, Object>> lijst(Authentication authentication, @Nullable @QueryValue String naam,
                                                   @Nullable @QueryValue String status,
                                                   @Nullable @QueryValue String aanbieder,
                                                   @Nullable @QueryValue String melding) {
        Ingelogd ingelogd = Ingelogd.van(authentication);
        UUID aanbiederFilter = ingelogd.rol() == Rol.AANBIEDER ? ingelogd.aanbiederId().orElseThrow() : Formulierwaarde.uuid(aanbieder).orElse(null);
        String statusFilter = status != null && List.of("CONCEPT", "TER_BEOORDELING", "GEPUBLICEERD", "GEARCHIVEERD")
                .contains(status) ? status : null;
        Map<String, Object> model = beheerModel.met("Aanbod", authentication);
        model.put("regels", aanbodlijst.zoek(naam == null || naam.isBlank() ? null : naam.strip(), statusFilter,
                aanbiederFilter));
        model.put("filterNaam", naam == null ? "" : naam);
        model.put("filterStatus", statusFilter == null ? "" : statusFilter);
        model.put("filterAanbieder", aanbiederFilter == null ? "" : aanbiederFilter.toString());
        model.put("aanbieders", keuzes.aanbieders());
        model.put("statussen", Status.values());
        model.put("tijd", TijdWeergave.INSTANTIE);
        model.put("melding", "ingediend".equals(melding)
                ? "Uw wijziging is ingediend. Een redacteur kijkt ernaar; tot dan blijft de huidige versie zichtbaar."
                : "opgeslagen".equals(melding) ? "De voorziening is opgeslagen." : null);
        return new ModelAndView<>("beheer/voorzieningen", model);
    }

    @Get(value = "/nieuw", produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR", "AANBIEDER"})
    public ModelAndView<Map<String, Object>> nieuw(Authentication authentication) {
        Ingelogd ingelogd = Ingelogd.van(authentication);
        VoorzieningInvoer leeg = new VoorzieningInvoer(ingelogd.aanbiederId().map(UUID::toString).orElse(null),
                null, null, null, null, null, null, null, null, null, null, Status.CONCEPT.name(), null, null,
                List.of(), List.of(), List.of(), List.of(), List.of());
        return formulier(authentication, null, null, leeg, Map.of(), VoorzieningFormulier.rijen(leeg));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR", "AANBIEDER"})
    public MutableHttpResponse<?> maak(Authentication authentication, @Body Map<String, String> form) {
        Ingelogd ingelogd = Ingelogd.van(authentication);
        VoorzieningInvoer invoer = eigen(ingelogd, VoorzieningFormulier.lees(form));
        Map<String, String> fouten = controle.controleer(invoer, UUID.randomUUID(), null).fouten();
        if (!fouten.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formulier(authentication, null, null, invoer, fouten, invoer.openingstijden()));
        }
        if (ingelogd.rol() == Rol.AANBIEDER) {
            redactie.nieuwVoorstel(invoer, ingelogd.naam());
            return HttpResponse.seeOther(URI.create("/beheer/voorzieningen?melding=ingediend"));
        }
        UUID id = redactie.bewaar(null, null, invoer, ingelogd.naam()).id();
        return HttpResponse.seeOther(URI.create("/beheer/voorzieningen/" + id + "?melding=opgeslagen"));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR", "AANBIEDER"})
    public MutableHttpResponse<?> bewerk(Authentication authentication, String id, @Nullable @QueryValue String melding) {
        Optional<Redactie.Stand> stand = toegestaan(authentication, id);
        if (stand.isEmpty()) {
            return HttpResponse.notFound();
        }
        VoorzieningInvoer invoer = stand.get().invoer();
        ModelAndView<Map<String, Object>> pagina = formulier(authentication, stand.get().voorziening().id(),
                stand.get().voorziening().version(), invoer, Map.of(), VoorzieningFormulier.rijen(invoer));
        pagina.getModel().ifPresent(m -> m.put("melding", "opgeslagen".equals(melding) ? "De voorziening is opgeslagen." : null));
        return HttpResponse.ok(pagina);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR", "AANBIEDER"})
    public MutableHttpResponse<?> bewaar(Authentication authentication, String id, @Body Map<String, String> form) {
        Ingelogd ingelogd = Ingelogd.van(authentication);
        Optional<Redactie.Stand> stand = toegestaan(authentication, id);
        if (stand.isEmpty()) {
            return HttpResponse.notFound();
        }
        UUID voorzieningId = stand.get().voorziening().id();
        Long version = VoorzieningFormulier.version(form);
        VoorzieningInvoer invoer = eigen(ingelogd, VoorzieningFormulier.lees(form));
        if (ingelogd.rol() == Rol.AANBIEDER) {
            invoer = invoer.metStatus(stand.get().invoer().status());
        }
        Map<String, String> fouten = controle.controleer(invoer, voorzieningId, version).fouten();
        if (version == null) {
            fouten = new java.util.LinkedHashMap<>(fouten);
            fouten.put("version", "Het formulier mist zijn versie; open de voorziening opnieuw.");
        }
        if (!fouten.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formulier(authentication, voorzieningId, version, invoer, fouten, invoer.openingstijden()));
        }
        Redactie.Stand huidig = stand.get();
        if (!version.equals(huidig.voorziening().version())) {
            return conflict(authentication, huidig, invoer);
        }
        if (ingelogd.rol() == Rol.AANBIEDER) {
            redactie.stelVoor(voorzieningId, version, invoer, ingelogd.naam());
            return HttpResponse.seeOther(URI.create("/beheer/voorzieningen?melding=ingediend"));
        }
        try {
            redactie.bewaar(voorzieningId, version, invoer, ingelogd.naam());
        } catch (OptimisticLockException e) {
            // saved by someone else between our read and our write
            return conflict(authentication, redactie.lees(voorzieningId).orElseThrow(), invoer);
        }
        return HttpResponse.seeOther(URI.create("/beheer/voorzieningen/" + voorzieningId + "?melding=opgeslagen"));
    }

    @Get(value = "/{id}/historie", produces = MediaType.TEXT_HTML)
    @Secured({"BEHEERDER", "REDACTEUR"})
    public MutableHttpResponse<?> historie(Authentication authentication, String id) {
        Optional<Redactie.Stand> stand = toegestaan(authentication, id);
        if (stand.isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = beheerModel.met("Historie van " + stand.get().voorziening().naam(), authentication);
        model.put("voorziening", stand.get().voorziening());
        model.put("regels", historie.van(stand.get().voorziening().id()));
        model.put("tijd", TijdWeergave.INSTANTIE);
        model.put("voorstellen", redactie.voorstellenVan(stand.get().voorziening().id()));
        return HttpResponse.ok(new ModelAndView<>("beheer/historie", model));
    }

    /** 409: nothing saved; the form again with the current version, and theirs next to yours per field. */
    private MutableHttpResponse<?> conflict(Authentication authentication, Redactie.Stand huidig, VoorzieningInvoer mijn) {
        Map<String, String> namen = keuzes.namen();
        Map<String, String> hunne = huidig.invoer().velden(id -> namen.getOrDefault(id, id));
        Map<String, String> mijne = mijn.velden(id -> namen.getOrDefault(id, id));
        List<Verschil> verschillen = new ArrayList<>();
        hunne.forEach((veld, waarde) -> {
            if (!waarde.equals(mijne.get(veld))) {
                verschillen.add(new Verschil(veld, waarde, mijne.get(veld)));
            }
        });
        ModelAndView<Map<String, Object>> pagina = formulier(authentication, huidig.voorziening().id(),
                huidig.voorziening().version(), mijn, Map.of(), mijn.openingstijden());
        pagina.getModel().ifPresent(m -> m.put("conflict", verschillen));
        return HttpResponse.status(HttpStatus.CONFLICT).body(pagina);
    }

    /** A field that differs between two states: the other's (or current) value and the new one. */
    public record Verschil(String veld, String huidig, String nieuw) {
    }

    /** An AANBIEDER's input always stays with its own aanbieder. */
    private static VoorzieningInvoer eigen(Ingelogd ingelogd, VoorzieningInvoer invoer) {
        if (ingelogd.rol() == Rol.AANBIEDER) {
            return invoer.metAanbieder(ingelogd.aanbiederId().orElseThrow().toString())
                    .metStatus(Status.CONCEPT.name());
        }
        return invoer;
    }

    /** The voorziening if it exists and the logged-in person may edit it (an AANBIEDER: only its own). */
    private Optional<Redactie.Stand> toegestaan(Authentication authentication, String id) {
        Ingelogd ingelogd = Ingelogd.van(authentication);
        return Formulierwaarde.uuid(id).flatMap(redactie::lees).filter(s -> ingelogd.rol() != Rol.AANBIEDER
                || ingelogd.aanbiederId().map(a -> a.equals(s.voorziening().aanbiederId())).orElse(false));
    }

    private ModelAndView<Map<String, Object>> formulier(Authentication authentication, UUID id, Long version,
                                                        VoorzieningInvoer invoer, Map<String, String> fouten,
                                                        List<VoorzieningInvoer.Periode> rijen) {
        Map<String, Object> model = beheerModel.met(id == null ? "Nieuwe voorziening"
                : "Voorziening bewerken", authentication);
        model.put("id", id);
        model.put("version", version);
        model.put("invoer", invoer);
        model.put("fouten", fouten);
        model.put("rijen", rijen);
        model.put("aanbieders", keuzes.aanbieders());
        model.put("kernen", keuzes.kernen());
        model.put("themas", keuzes.themas());
        model.put("doelgroepen", keuzes.doelgroepen());
        model.put("locaties", keuzes.locaties());
        model.put("soorten", Soort.values());
        model.put("toegangen", Toegang.values());
        model.put("kostenSoorten", Kosten.values());
        model.put("statussen", Status.values());
        model.put("weekdagen", Weekdag.NAMEN);
        model.put("tijd", TijdWeergave.INSTANTIE);
        model.put("redacteur", !Ingelogd.van(authentication).heeft(Rol.AANBIEDER));
        return new ModelAndView<>("beheer/voorziening-formulier", model);
    }
}
