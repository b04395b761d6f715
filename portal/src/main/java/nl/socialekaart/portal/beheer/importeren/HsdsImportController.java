package nl.socialekaart.portal.beheer.importeren;

import nl.socialekaart.portal.beheer.BeheerModel;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import nl.socialekaart.directory.uitwisseling.HsdsImport;
import nl.socialekaart.directory.uitwisseling.ImportRapport;
import nl.socialekaart.portal.web.beveiliging.Ingelogd;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Beheer: HSDS data in (ndjson or a tabular data package zip), first as a dry run that lists every record's errors
 * and warnings, then for real; and links to the open-data exports. Redactie and beheerders only.
 */
@Controller("/beheer/import/hsds")
@Secured({"BEHEERDER", "REDACTEUR"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class HsdsImportController {

    private final BeheerModel beheerModel;
    private final HsdsImport hsdsImport;

    public HsdsImportController(BeheerModel beheerModel, HsdsImport hsdsImport) {
        this.beheerModel = beheerModel;
        this.hsdsImport = hsdsImport;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> formulier(Authentication authentication) {
        return new ModelAndView<>("beheer/hsds-import", beheerModel.met("Open data importeren", authentication));
    }

    // a plain form post (no file) is answered with the form's message, after the role check, rather than a 415
    @Post(consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED}, produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> importeer(Authentication authentication,
                                                       @Part("bestand") @Nullable CompletedFileUpload bestand,
                                                       @Part("actie") @Nullable String actie) throws IOException {
        Map<String, Object> model = beheerModel.met("Open data importeren", authentication);
        if (bestand == null || bestand.getSize() == 0 || bestand.getFilename() == null || bestand.getFilename().isBlank()) {
            model.put("melding", "Kies een bestand: .ndjson (één service per regel) of .zip (HSDS-tabellen met datapackage.json).");
            return new ModelAndView<>("beheer/hsds-import", model);
        }
        String naam = bestand.getFilename().toLowerCase(java.util.Locale.ROOT);
        HsdsImport.Formaat formaat;
        if (naam.endsWith(".zip")) {
            formaat = HsdsImport.Formaat.TABULAR;
        } else if (naam.endsWith(".ndjson") || naam.endsWith(".jsonl") || naam.endsWith(".json")) {
            formaat = HsdsImport.Formaat.NDJSON;
        } else {
            model.put("melding", "Dit bestandstype kan niet: kies een .ndjson- of .zip-bestand.");
            return new ModelAndView<>("beheer/hsds-import", model);
        }
        boolean proefdraai = !"importeren".equals(actie);
        ImportRapport rapport;
        try (InputStream in = bestand.getInputStream()) {
            rapport = hsdsImport.importeer(in, formaat, proefdraai, Ingelogd.van(authentication).naam());
        }
        model.put("rapport", rapport);
        model.put("bestandsnaam", bestand.getFilename());
        return new ModelAndView<>("beheer/hsds-import", model);
    }
}
