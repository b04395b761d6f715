package nl.socialekaart.portal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.socialekaart.search.zoeken.VoorzieningZoeker;
import nl.socialekaart.search.zoeken.ZoekVraag;

/** The public JSON search: the same results as the /zoeken page. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ZoekApiController {

    private final VoorzieningZoeker zoeker;

    public ZoekApiController(VoorzieningZoeker zoeker) {
        this.zoeker = zoeker;
    }

    @Get("/zoeken")
    public ZoekAntwoord zoeken(@Nullable @QueryValue String q, @Nullable @QueryValue String kern,
                               @QueryValue(defaultValue = "1") String pagina,
                               @QueryValue(value = "per_pagina", defaultValue = "20") String perPagina) {
        ZoekVraag vraag = new ZoekVraag(q, kern, ApiParameter.geheelGetal("pagina", pagina),
                ApiParameter.geheelGetal("per_pagina", perPagina));
        return ZoekAntwoord.van(zoeker.zoek(vraag));
    }
}
