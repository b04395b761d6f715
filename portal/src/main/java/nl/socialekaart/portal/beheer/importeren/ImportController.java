package nl.socialekaart.portal.beheer.importeren;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.importeren.AanbodExport;
import nl.socialekaart.directory.importeren.Kolom;
import nl.socialekaart.directory.importeren.Modus;
import nl.socialekaart.portal.beheer.BeheerModel;
import nl.socialekaart.portal.web.fout.NietGevonden;
import nl.socialekaart.portal.web.beveiliging.Ingelogd;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Import of voorzieningen from CSV/XLSX (docs/import.md): upload, dry run with every error, the choice
 * "alles of niets" or "alleen de geldige rijen", progress while it runs. The work is in directory-core's
 * {@code Importeur}; this is the HTTP around it.
 */
@Controller("/beheer/import")
@Secured({"BEHEERDER", "REDACTEUR"})
public class ImportController {

    private final BeheerModel beheerModel;
    private final ImportTaken taken;
    private final ImportConfiguratie configuratie;

    public ImportController(BeheerModel beheerModel, ImportTaken taken, ImportConfiguratie configuratie) {
        this.beheerModel = beheerModel;
        this.taken = taken;
        this.configuratie = configuratie;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> formulier(Authentication authentication) {
        return new ModelAndView<>("beheer/import", basis(authentication));
    }

    @Get(value = "/sjabloon.csv", produces = "text/csv;charset=utf-8")
    public HttpResponse<String> sjabloon() {
        return HttpResponse.ok(AanbodExport.sjabloon())
                .header("Content-Disposition", "attachment; filename=\"sociale-kaart-sjabloon.csv\"");
    }

    // also form-urlencoded: a form without a file gets the Dutch message, not a 415
    @Post(consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED}, produces = MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> upload(@Part("bestand") @Nullable CompletedFileUpload bestand, Authentication authentication)
            throws IOException {
        if (bestand == null || bestand.getFilename() == null || bestand.getFilename().isBlank()) {
            Map<String, Object> model = basis(authentication);
            model.put("fout", "Kies een bestand om te importeren.");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("beheer/import", model));
        }
        if (bestand.getSize() > configuratie.getMaximaleGrootte()) {
            // UploadGrootte refuses by Content-Length; a chunked upload without one is stopped here
            Map<String, Object> model = basis(authentication);
            model.put("fout", UploadGrootte.teGroot(configuratie));
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(new ModelAndView<>("beheer/import", model));
        }
        ImportTaak taak = taken.start(Ingelogd.van(authentication).gebruikerId(), bestand.getFilename(), bestand.getBytes());
        return HttpResponse.seeOther(URI.create("/beheer/import/" + taak.id()));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> taak(UUID id, Authentication authentication) {
        Optional<ImportTaak> taak = taken.van(id, Ingelogd.van(authentication).gebruikerId());
        if (taak.isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = beheerModel.met("Import: " + taak.get().bestandsnaam(), authentication);
        model.put("taak", taak.get());
        model.put("maximumGetoondeFouten", MAXIMUM_GETOONDE_FOUTEN);
        if (taak.get().fase().bezig()) {
            model.put("verversNaSeconden", 2);
        }
        return HttpResponse.ok(new ModelAndView<>("beheer/import-taak", model));
    }

    /** For the progress bar's script (static/js/import-voortgang.js). */
    @Get(value = "/{id}/status", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, Object>> status(UUID id, Authentication authentication) {
        return taken.van(id, Ingelogd.van(authentication).gebruikerId())
                .<HttpResponse<Map<String, Object>>>map(t -> {
                    Map<String, Object> status = new LinkedHashMap<>();
                    status.put("fase", t.fase().name());
                    status.put("omschrijving", t.fase().omschrijving());
                    status.put("bezig", t.fase().bezig());
                    status.put("verwerkt", t.verwerkt());
                    status.put("totaal", t.totaal());
                    status.put("procent", t.procent());
                    return HttpResponse.ok(status);
                })
                .orElseGet(HttpResponse::notFound);
    }

    @Post(value = "/{id}/uitvoeren", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> uitvoeren(UUID id, @Body Map<String, String> formulier, Authentication authentication) {
        // the form as one map: a single named field made the router claim the body a second time for the 404
        String modus = formulier.get("modus");
        Optional<ImportTaak> taak = taken.van(id, Ingelogd.van(authentication).gebruikerId());
        if (taak.isEmpty()) {
            // the page itself, not a bare 404: the error route for a bare one would claim the already-read form again
            return NietGevonden.pagina(beheerModel.met("Niet gevonden", authentication));
        }
        Modus gekozen;
        try {
            gekozen = Modus.valueOf(modus == null ? "" : modus);
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest("Kies \"alles of niets\" of \"alleen de geldige rijen\".");
        }
        taken.voerUit(taak.get(), gekozen, Ingelogd.van(authentication).naam()); // a second click just shows the running job
        return HttpResponse.seeOther(URI.create("/beheer/import/" + id));
    }

    private Map<String, Object> basis(Authentication authentication) {
        Map<String, Object> model = beheerModel.met("Import en export", authentication);
        model.put("maximaleGrootte", configuratie.leesbaar());
        model.put("kolommen", Kolom.values());
        return model;
    }

    static final int MAXIMUM_GETOONDE_FOUTEN = 1000;

}
