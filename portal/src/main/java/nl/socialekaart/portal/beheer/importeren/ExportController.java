package nl.socialekaart.portal.beheer.importeren;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import nl.socialekaart.directory.importeren.AanbodExport;

import java.io.StringWriter;
import java.time.LocalDate;

/** The whole aanbod as CSV in the import template's columns: export, edit, import again. */
@Controller("/beheer")
@Secured({"BEHEERDER", "REDACTEUR"})
public class ExportController {

    private final AanbodExport export;

    public ExportController(AanbodExport export) {
        this.export = export;
    }

    @Get(value = "/export.csv", produces = "text/csv;charset=utf-8")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> export() {
        StringWriter csv = new StringWriter();
        export.schrijf(csv);
        return HttpResponse.ok(csv.toString()).header("Content-Disposition",
                "attachment; filename=\"sociale-kaart-aanbod-" + LocalDate.now() + ".csv\"");
    }
}
