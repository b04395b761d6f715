package nl.socialekaart.portal.opendata.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.socialekaart.directory.geocodering.Geocoder;
import nl.socialekaart.directory.zoeklog.Zoekopdracht;
import nl.socialekaart.portal.publiek.zoeken.FacetLabels;
import nl.socialekaart.portal.publiek.zoeken.FilterParameters;
import nl.socialekaart.portal.publiek.zoeken.PlaatsParameters;
import nl.socialekaart.portal.publiek.zoeken.SociaalTeams;
import nl.socialekaart.portal.publiek.zoeken.Zoeklogger;
import nl.socialekaart.search.zoeken.Facet;
import nl.socialekaart.search.zoeken.ZoekUitweg;
import nl.socialekaart.search.zoeken.VoorzieningZoeker;
import nl.socialekaart.search.zoeken.ZoekResultaat;
import nl.socialekaart.search.zoeken.ZoekVraag;

/**
 * The public JSON search: the same results as the /zoeken page, with facet counts. Filters as repeated
 * parameters: {@code ?q=koffie&kern=gendt&kern=angeren&toegang=VRIJ_TOEGANKELIJK}; near a place with
 * {@code bij=6691 AB} or {@code lat=…&lon=…}, optionally {@code straal_km}, {@code kader}, {@code sortering}.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ZoekApiController {

    private final VoorzieningZoeker zoeker;
    private final FacetLabels facetLabels;
    private final Geocoder geocoder;
    private final ZoekUitweg uitweg;
    private final SociaalTeams sociaalTeams;
    private final Zoeklogger zoeklogger;

    public ZoekApiController(VoorzieningZoeker zoeker, FacetLabels facetLabels, Geocoder geocoder, ZoekUitweg uitweg,
                             SociaalTeams sociaalTeams, Zoeklogger zoeklogger) {
        this.zoeker = zoeker;
        this.facetLabels = facetLabels;
        this.geocoder = geocoder;
        this.uitweg = uitweg;
        this.sociaalTeams = sociaalTeams;
        this.zoeklogger = zoeklogger;
    }

    @Get("/zoeken")
    public ZoekAntwoord zoeken(HttpRequest<?> request, @Nullable @QueryValue String q,
                               @QueryValue(defaultValue = "1") String pagina,
                               @QueryValue(value = "per_pagina", defaultValue = "20") String perPagina) {
        PlaatsParameters.Keuze plaats = PlaatsParameters.streng(request.getParameters(), geocoder);
        ZoekVraag vraag = new ZoekVraag(q, FilterParameters.lees(request.getParameters(), true), plaats.plaats(),
                plaats.sortering(), ApiParameter.geheelGetal("pagina", pagina),
                ApiParameter.geheelGetal("per_pagina", perPagina));
        ZoekResultaat resultaat = zoeker.zoek(vraag);
        zoeklogger.log(resultaat, Zoekopdracht.Bron.API);
        ZoekAntwoord.UitwegAntwoord geenResultaten = resultaat.totaal() > 0 ? null : ZoekAntwoord.UitwegAntwoord.van(
                uitweg.voor(resultaat), sociaalTeams.voor(vraag.gekozen(Facet.KERN)));
        return ZoekAntwoord.van(resultaat, facetLabels.weergave(resultaat), geenResultaten);
    }
}
