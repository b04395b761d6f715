package nl.socialekaart.portal.opendata.hsds;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.socialekaart.directory.geocodering.GeocodeerResultaat;
import nl.socialekaart.directory.geocodering.Geocoder;
import nl.socialekaart.directory.uitwisseling.HsdsJson;
import nl.socialekaart.directory.uitwisseling.HsdsMapping;
import nl.socialekaart.directory.uitwisseling.HsdsObject;
import nl.socialekaart.directory.uitwisseling.HsdsOrganisaties;
import nl.socialekaart.directory.uitwisseling.HsdsServiceAtLocations;
import nl.socialekaart.directory.uitwisseling.HsdsServices;
import nl.socialekaart.directory.uitwisseling.HsdsTermen;
import nl.socialekaart.directory.uitwisseling.ServiceAtLocationVraag;
import nl.socialekaart.directory.uitwisseling.Taxonomie;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.search.zoeken.OngeldigeZoekvraagException;
import nl.socialekaart.search.zoeken.OpenDataVraag;
import nl.socialekaart.search.zoeken.OpenDataZoeker;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Open Referral HSDS 3.0 API (schema/openapi.json of the spec) over the published aanbod, with the HSDS-NL
 * profile's additions. Public and keyless; CORS, rate limit in {@link HsdsFilter}. A text search goes through
 * Elasticsearch ({@link OpenDataZoeker}), as does ndjson; lists without text, single objects, organizations and
 * service_at_locations are read from PostgreSQL.
 */
@Controller("/hsds")
@ExecuteOn(TaskExecutors.BLOCKING)
public class HsdsController {

    static final String HSDS_VERSIE = "3.0";
    private static final Set<String> PAGINA = Set.of("page", "per_page", "format");
    private static final Set<String> SERVICES = HsdsParameters.met(PAGINA, "search", "taxonomy_term_id",
            "taxonomy_id", "organization_id", "modified_after", "minimal", "full");
    private static final Set<String> SERVICE_AT_LOCATIONS = HsdsParameters.met(PAGINA, "search", "taxonomy_term_id",
            "taxonomy_id", "organization_id", "modified_after", "full", "postcode", "proximity");
    private static final Set<String> ORGANIZATIONS = HsdsParameters.met(PAGINA, "search", "full_service", "full");
    private static final Set<String> TAXONOMIES = HsdsParameters.met(PAGINA, "search");
    private static final Set<String> TAXONOMY_TERMS = HsdsParameters.met(PAGINA, "search", "taxonomy_id", "top_only", "parent_id");
    private static final int STREAM_PAGINA = 1000;

    private final OpenDataZoeker zoeker;
    private final VoorzieningWeergaveReader reader;
    private final HsdsTermen termen;
    private final HsdsOrganisaties organisaties;
    private final HsdsServiceAtLocations serviceAtLocations;
    private final Geocoder geocoder;
    private final HttpHostResolver hostResolver;
    private final HsdsServices services;

    public HsdsController(OpenDataZoeker zoeker, VoorzieningWeergaveReader reader, HsdsTermen termen,
                          HsdsOrganisaties organisaties, HsdsServiceAtLocations serviceAtLocations, Geocoder geocoder,
                          HttpHostResolver hostResolver, HsdsServices services) {
        this.services = services;
        this.zoeker = zoeker;
        this.reader = reader;
        this.termen = termen;
        this.organisaties = organisaties;
        this.serviceAtLocations = serviceAtLocations;
        this.geocoder = geocoder;
        this.hostResolver = hostResolver;
    }

    @Get
    public HttpResponse<?> root(HttpRequest<?> request) {
        new HsdsParameters(request.getParameters(), Set.of());
        String basis = hostResolver.resolve(request);
        HsdsObject root = new HsdsObject()
                .met("version", HSDS_VERSIE)
                .met("profile", basis + "/hsds/profile")
                .met("openapi_url", basis + "/hsds/openapi.json");
        return HsdsAntwoord.json(request, root, null);
    }

    @Get(uri = "/openapi.json")
    public HttpResponse<?> openapi(HttpRequest<?> request) {
        new HsdsParameters(request.getParameters(), Set.of());
        return HsdsAntwoord.ruw(request, HsdsProfiel.bron("hsds/3.0/openapi.json"));
    }

    // ---- services ----

    @Get("/services")
    public HttpResponse<?> services(HttpRequest<?> request) {
        HsdsParameters p = new HsdsParameters(request.getParameters(), SERVICES);
        boolean minimaal = p.waarOnwaar("minimal");
        boolean volledig = p.waarOnwaar("full");
        if (minimaal && volledig) {
            throw new OngeldigeZoekvraagException("minimal", "kan niet samen met full");
        }
        int pagina = p.geheelGetal("page", 1);
        int perPagina = p.geheelGetal("per_page", HsdsParameters.STANDAARD_PER_PAGINA);
        boolean ndjson = p.ndjson();
        Optional<OpenDataVraag> vraag = openDataVraag(p, pagina, perPagina);
        Function<List<VoorzieningWeergave>, List<HsdsObject>> vorm = minimaal
                ? l -> l.stream().map(HsdsMapping::minimaal).toList()
                : volledig ? this::volledig : l -> l.stream().map(HsdsMapping::service).toList();
        if (ndjson) {
            return HsdsAntwoord.stream(HsdsAntwoord.NDJSON, null, uit -> vraag.ifPresent(v -> {
                List<VoorzieningWeergave> batch = new ArrayList<>();
                zoeker.alle(v, w -> {
                    batch.add(w);
                    if (batch.size() == 100) {
                        vorm.apply(batch).forEach(s -> HsdsJson.regel(s, uit));
                        batch.clear();
                    }
                });
                vorm.apply(batch).forEach(s -> HsdsJson.regel(s, uit));
            }));
        }
        if (vraag.isEmpty()) {
            return HsdsAntwoord.json(request, HsdsPagina.van(0, pagina, perPagina, List.of()), null);
        }
        OpenDataVraag v = vraag.get();
        if (v.tekst() == null) {
            // without text the order is by name: PostgreSQL pages that cheaply at any depth (HsdsServices)
            HsdsServices.Pagina uitDatabase = services.pagina(new ServiceAtLocationVraag(null,
                    v.aanbiederId() == null ? null : UUID.fromString(v.aanbiederId()), v.termen(), v.taxonomieen(),
                    v.gewijzigdVanaf(), null, null, null, null, null, v.vanaf(), perPagina));
            List<VoorzieningWeergave> weergaven = uitDatabase.voorzieningen();
            if (volledig) {
                Map<UUID, VoorzieningWeergave> heel = new java.util.HashMap<>();
                reader.lees(weergaven.stream().map(VoorzieningWeergave::id).toList()).forEach(w -> heel.put(w.id(), w));
                weergaven = weergaven.stream().map(w -> heel.getOrDefault(w.id(), w)).toList();
            }
            return HsdsAntwoord.json(request, HsdsPagina.van(uitDatabase.totaal(), pagina, perPagina,
                    vorm.apply(weergaven)), null);
        }
        OpenDataZoeker.Resultaat resultaat = zoeker.zoek(v, volledig);
        return HsdsAntwoord.json(request, HsdsPagina.van(resultaat.totaal(), pagina, perPagina,
                vorm.apply(resultaat.treffers())), null);
    }

    @Get("/services/{id}")
    public HttpResponse<?> service(HttpRequest<?> request, @PathVariable String id) {
        new HsdsParameters(request.getParameters(), Set.of());
        UUID uuid = HsdsParameters.alsUuid("id", id);
        return reader.lees(uuid).filter(w -> w.status() == Status.GEPUBLICEERD)
                .<HttpResponse<?>>map(w -> HsdsAntwoord.json(request, volledig(List.of(w)).getFirst(), w.gewijzigdOp()))
                .orElseGet(HsdsController::nietGevonden);
    }

    /** Services fully nested, with each aanbieder's own description (one query for the page). */
    private List<HsdsObject> volledig(List<VoorzieningWeergave> weergaven) {
        if (weergaven.isEmpty()) {
            return List.of();
        }
        Set<UUID> aanbieders = new HashSet<>();
        weergaven.forEach(w -> aanbieders.add(w.aanbieder().id()));
        Map<UUID, String> omschrijvingen = organisaties.omschrijvingen(aanbieders);
        return weergaven.stream()
                .map(w -> HsdsMapping.serviceVolledig(w, omschrijvingen.get(w.aanbieder().id()))).toList();
    }

    /** Empty when a filter names a term or taxonomy that does not exist: then nothing can match. */
    private Optional<OpenDataVraag> openDataVraag(HsdsParameters p, int pagina, int perPagina) {
        Filters f = filters(p);
        OpenDataVraag vraag = new OpenDataVraag(p.tekst("search"), f.aanbieder == null ? null : f.aanbieder.toString(),
                f.termen, f.taxonomieen, p.tijdstip("modified_after"), pagina, perPagina);
        return f.onmogelijk ? Optional.empty() : Optional.of(vraag);
    }

    private record Filters(UUID aanbieder, Map<Taxonomie, String> termen, Set<Taxonomie> taxonomieen, boolean onmogelijk) {
    }

    private Filters filters(HsdsParameters p) {
        UUID termId = p.uuid("taxonomy_term_id");
        UUID taxonomieId = p.uuid("taxonomy_id");
        UUID aanbieder = p.uuid("organization_id");
        Map<Taxonomie, String> gekozenTermen = new EnumMap<>(Taxonomie.class);
        Set<Taxonomie> taxonomieen = EnumSet.noneOf(Taxonomie.class);
        boolean onmogelijk = false;
        if (termId != null) {
            Optional<HsdsTermen.Term> term = termen.term(termId);
            term.ifPresent(t -> gekozenTermen.put(t.taxonomie(), t.code()));
            onmogelijk = term.isEmpty();
        }
        if (taxonomieId != null) {
            Optional<Taxonomie> taxonomie = HsdsTermen.taxonomie(taxonomieId);
            taxonomie.ifPresent(taxonomieen::add);
            onmogelijk |= taxonomie.isEmpty();
        }
        return new Filters(aanbieder, gekozenTermen, taxonomieen, onmogelijk);
    }

    // ---- service_at_locations ----

    @Get("/service_at_locations")
    public HttpResponse<?> serviceAtLocations(HttpRequest<?> request) {
        HsdsParameters p = new HsdsParameters(request.getParameters(), SERVICE_AT_LOCATIONS);
        p.waarOnwaar("full");
        int pagina = p.geheelGetal("page", 1);
        int perPagina = p.geheelGetal("per_page", HsdsParameters.STANDAARD_PER_PAGINA);
        boolean ndjson = p.ndjson();
        // validates page, per_page, search and modified_after the same way as for services
        Optional<OpenDataVraag> zoekvraag = openDataVraag(p, pagina, perPagina);
        Filters f = filters(p);
        String postcode = p.postcode();
        Double straal = p.meters("proximity");
        if (straal != null && postcode == null) {
            throw new OngeldigeZoekvraagException("proximity", "kan alleen samen met postcode");
        }
        String kern = null;
        Double lat = null;
        Double lon = null;
        if (postcode != null) {
            Optional<GeocodeerResultaat> plek = geocoder.zoek(postcode);
            if (plek.isEmpty() && straal != null) {
                throw new OngeldigeZoekvraagException("postcode", "is onbekend, dus er is geen middelpunt voor proximity");
            }
            kern = plek.map(GeocodeerResultaat::kern).orElse(null);
            lat = plek.map(r -> r.punt().lat()).orElse(null);
            lon = plek.map(r -> r.punt().lon()).orElse(null);
        }
        if (zoekvraag.isEmpty()) {
            return ndjson ? HsdsAntwoord.stream(HsdsAntwoord.NDJSON, null, uit -> { })
                    : HsdsAntwoord.json(request, HsdsPagina.van(0, pagina, perPagina, List.of()), null);
        }
        List<UUID> ids = zoekvraag.get().tekst() == null ? null
                : zoeker.ids(zoekvraag.get()).stream().map(UUID::fromString).toList();
        String kernVanPostcode = kern;
        Double latitude = lat;
        Double longitude = lon;
        Function<Integer, ServiceAtLocationVraag> vraagVanaf = vanaf -> new ServiceAtLocationVraag(ids, f.aanbieder,
                f.termen, f.taxonomieen, p.tijdstip("modified_after"), postcode, kernVanPostcode, latitude, longitude,
                straal, vanaf, ndjson ? STREAM_PAGINA : perPagina);
        if (ndjson) {
            return HsdsAntwoord.stream(HsdsAntwoord.NDJSON, null, uit -> streamPaginas(uit,
                    vanaf -> serviceAtLocations.pagina(vraagVanaf.apply(vanaf)).serviceAtLocations()));
        }
        HsdsServiceAtLocations.Pagina resultaat = serviceAtLocations.pagina(vraagVanaf.apply((pagina - 1) * perPagina));
        return HsdsAntwoord.json(request, HsdsPagina.van(resultaat.totaal(), pagina, perPagina,
                resultaat.serviceAtLocations()), null);
    }

    @Get("/service_at_locations/{id}")
    public HttpResponse<?> serviceAtLocation(HttpRequest<?> request, @PathVariable String id) {
        new HsdsParameters(request.getParameters(), Set.of());
        return serviceAtLocations.serviceAtLocation(HsdsParameters.alsUuid("id", id))
                .<HttpResponse<?>>map(s -> HsdsAntwoord.json(request, s, null))
                .orElseGet(HsdsController::nietGevonden);
    }

    // ---- organizations ----

    @Get("/organizations")
    public HttpResponse<?> organizations(HttpRequest<?> request) {
        HsdsParameters p = new HsdsParameters(request.getParameters(), ORGANIZATIONS);
        p.waarOnwaar("full");
        p.waarOnwaar("full_service");
        int pagina = p.geheelGetal("page", 1);
        int perPagina = perPagina(p);
        String zoek = p.tekst("search");
        if (p.ndjson()) {
            return HsdsAntwoord.stream(HsdsAntwoord.NDJSON, null, uit -> streamPaginas(uit,
                    vanaf -> organisaties.pagina(zoek, vanaf, STREAM_PAGINA).organisaties()));
        }
        HsdsOrganisaties.Pagina resultaat = organisaties.pagina(zoek, (pagina - 1) * perPagina, perPagina);
        return HsdsAntwoord.json(request, HsdsPagina.van(resultaat.totaal(), pagina, perPagina, resultaat.organisaties()), null);
    }

    @Get("/organizations/{id}")
    public HttpResponse<?> organization(HttpRequest<?> request, @PathVariable String id) {
        HsdsParameters p = new HsdsParameters(request.getParameters(), Set.of("full_service"));
        boolean metServices = p.waarOnwaar("full_service");
        UUID uuid = HsdsParameters.alsUuid("id", id);
        return organisaties.organisatie(uuid).<HttpResponse<?>>map(o -> {
            if (metServices) {
                o.met("services", volledig(reader.lees(organisaties.gepubliceerdeVoorzieningen(uuid)).stream()
                        .filter(w -> w.status() == Status.GEPUBLICEERD)
                        .sorted(java.util.Comparator.comparing(VoorzieningWeergave::naam)).toList()));
            }
            return HsdsAntwoord.json(request, o, null);
        }).orElseGet(HsdsController::nietGevonden);
    }

    // ---- taxonomies ----

    @Get("/taxonomies")
    public HttpResponse<?> taxonomies(HttpRequest<?> request) {
        HsdsParameters p = new HsdsParameters(request.getParameters(), TAXONOMIES);
        String zoek = p.tekst("search");
        List<HsdsObject> alle = new ArrayList<>();
        for (Taxonomie t : Taxonomie.values()) {
            if (bevat(t.naam(), zoek) || bevat(t.omschrijving(), zoek)) {
                alle.add(HsdsMapping.taxonomie(t));
            }
        }
        return klein(request, p, alle);
    }

    @Get("/taxonomies/{id}")
    public HttpResponse<?> taxonomy(HttpRequest<?> request, @PathVariable String id) {
        new HsdsParameters(request.getParameters(), Set.of());
        return HsdsTermen.taxonomie(HsdsParameters.alsUuid("id", id))
                .<HttpResponse<?>>map(t -> HsdsAntwoord.json(request, HsdsMapping.taxonomie(t), null))
                .orElseGet(HsdsController::nietGevonden);
    }

    @Get("/taxonomy_terms")
    public HttpResponse<?> taxonomyTerms(HttpRequest<?> request) {
        HsdsParameters p = new HsdsParameters(request.getParameters(), TAXONOMY_TERMS);
        String zoek = p.tekst("search");
        UUID taxonomieId = p.uuid("taxonomy_id");
        // our terms are all top-level: top_only changes nothing, and no term has children
        p.waarOnwaar("top_only");
        UUID ouder = p.uuid("parent_id");
        List<HsdsObject> alle = new ArrayList<>();
        for (HsdsTermen.Term t : termen.alle()) {
            boolean inTaxonomie = taxonomieId == null || HsdsMapping.taxonomie(t.taxonomie()).get("id").equals(taxonomieId.toString());
            if (ouder == null && inTaxonomie && (bevat(t.naam(), zoek) || bevat(t.omschrijving(), zoek) || bevat(t.code(), zoek))) {
                alle.add(t.hsds());
            }
        }
        return klein(request, p, alle);
    }

    @Get("/taxonomy_terms/{id}")
    public HttpResponse<?> taxonomyTerm(HttpRequest<?> request, @PathVariable String id) {
        new HsdsParameters(request.getParameters(), Set.of());
        return termen.term(HsdsParameters.alsUuid("id", id))
                .<HttpResponse<?>>map(t -> HsdsAntwoord.json(request, t.hsds(), null))
                .orElseGet(HsdsController::nietGevonden);
    }

    private HttpResponse<?> klein(HttpRequest<?> request, HsdsParameters p, List<HsdsObject> alle) {
        int pagina = p.geheelGetal("page", 1);
        int perPagina = perPagina(p);
        if (pagina < 1) {
            throw new OngeldigeZoekvraagException("page", "moet 1 of hoger zijn");
        }
        if (p.ndjson()) {
            return HsdsAntwoord.stream(HsdsAntwoord.NDJSON, null, uit -> alle.forEach(o -> HsdsJson.regel(o, uit)));
        }
        return HsdsAntwoord.json(request, HsdsPagina.uit(alle, pagina, perPagina), null);
    }

    private static int perPagina(HsdsParameters p) {
        int perPagina = p.geheelGetal("per_page", HsdsParameters.STANDAARD_PER_PAGINA);
        if (perPagina < 1 || perPagina > OpenDataVraag.MAXIMUM_PER_PAGINA) {
            throw new OngeldigeZoekvraagException("per_page", "moet tussen 1 en " + OpenDataVraag.MAXIMUM_PER_PAGINA + " liggen");
        }
        if (p.geheelGetal("page", 1) < 1) {
            throw new OngeldigeZoekvraagException("page", "moet 1 of hoger zijn");
        }
        return perPagina;
    }

    private static void streamPaginas(OutputStream uit, Function<Integer, List<HsdsObject>> pagina) {
        for (int vanaf = 0; ; vanaf += STREAM_PAGINA) {
            List<HsdsObject> objecten = pagina.apply(vanaf);
            objecten.forEach(o -> HsdsJson.regel(o, uit));
            if (objecten.size() < STREAM_PAGINA) {
                return;
            }
        }
    }

    private static boolean bevat(String tekst, String zoek) {
        return zoek == null || (tekst != null && tekst.toLowerCase(java.util.Locale.ROOT).contains(zoek.toLowerCase(java.util.Locale.ROOT)));
    }

    static HttpResponse<?> nietGevonden() {
        return HttpResponse.notFound(Map.of("fout", "Niet gevonden (of niet gepubliceerd)."))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
