package nl.socialekaart.portal.opendata.hsds;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import nl.socialekaart.directory.uitwisseling.HsdsExport;

import java.util.Set;

/**
 * Bulk open data: the whole published directory, streamed. {@code /hsds/export.ndjson} (a fully nested service
 * per line) and {@code /hsds/export.zip} (the HSDS tabular data package: CSV files and datapackage.json).
 */
@Controller("/hsds")
public class HsdsExportController {

    private final HsdsExport export;

    public HsdsExportController(HsdsExport export) {
        this.export = export;
    }

    @Get("/export.ndjson")
    public HttpResponse<StreamedFile> ndjson(HttpRequest<?> request) {
        new HsdsParameters(request.getParameters(), Set.of());
        return HsdsAntwoord.stream(HsdsAntwoord.NDJSON, "sociale-kaart-hsds.ndjson", export::ndjson);
    }

    @Get("/export.zip")
    public HttpResponse<StreamedFile> tabular(HttpRequest<?> request) {
        new HsdsParameters(request.getParameters(), Set.of());
        return HsdsAntwoord.stream(MediaType.of("application/zip"), "sociale-kaart-hsds.zip", export::tabular);
    }
}
