package nl.socialekaart.portal.opendata.hsds;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.util.HttpHostResolver;
import nl.socialekaart.directory.uitwisseling.HsdsObject;

import java.util.Set;

/**
 * {@code /hsds/profile}: what the HSDS-NL profile is, its merge patches ({@code /hsds/profile/service.json}) and
 * every schema with the patch applied ({@code /hsds/profile/schema/service.json}). Documented in docs/hsds.md.
 */
@Controller("/hsds/profile")
public class HsdsProfielController {

    private final HttpHostResolver hostResolver;

    public HsdsProfielController(HttpHostResolver hostResolver) {
        this.hostResolver = hostResolver;
    }

    @Get
    public HttpResponse<?> profiel(HttpRequest<?> request) {
        new HsdsParameters(request.getParameters(), Set.of());
        String basis = hostResolver.resolve(request) + "/hsds/profile";
        HsdsObject patches = new HsdsObject();
        HsdsObject schemas = new HsdsObject();
        for (String schema : HsdsProfiel.GEWIJZIGD) {
            patches.met(schema, basis + "/" + schema + ".json");
            schemas.met(schema, basis + "/schema/" + schema + ".json");
        }
        HsdsObject profiel = new HsdsObject()
                .met("name", "HSDS-NL sociale kaart")
                .met("version", "1.0")
                .met("hsds_version", HsdsController.HSDS_VERSIE)
                .met("description", "Nederlands profiel van Open Referral HSDS 3.0 voor de sociale kaart: kern, "
                        + "gemeente (CBS-code), wijk- en buurtcode, BAG-id, soort, toegang en kosten van een voorziening. "
                        + "Elk bestand is een JSON Merge Patch (RFC 7386) op het gelijknamige HSDS 3.0-schema.")
                .met("documentation", "https://github.com/openreferral/specification/tree/3.0/schema")
                .met("patches", patches)
                .met("schemas", schemas);
        return HsdsAntwoord.json(request, profiel, null);
    }

    @Get("/{bestand}")
    public HttpResponse<?> patch(HttpRequest<?> request, @PathVariable String bestand) {
        String schema = bestand.endsWith(".json") ? bestand.substring(0, bestand.length() - 5) : bestand;
        if (!HsdsProfiel.GEWIJZIGD.contains(schema)) {
            return HsdsController.nietGevonden();
        }
        return HsdsAntwoord.ruw(request, HsdsProfiel.patch(schema));
    }

    @Get("/schema/{bestand}")
    public HttpResponse<?> schema(HttpRequest<?> request, @PathVariable String bestand) {
        String schema = bestand.endsWith(".json") ? bestand.substring(0, bestand.length() - 5) : bestand;
        if (!HsdsProfiel.bestaat(schema)) {
            return HsdsController.nietGevonden();
        }
        return HsdsAntwoord.ruw(request, HsdsProfiel.bytes(HsdsProfiel.schema(schema)));
    }
}
