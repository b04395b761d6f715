package nl.socialekaart.portal.opendata.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.testdata.TestAanbod;
import nl.socialekaart.directory.uitwisseling.HsdsIds;
import nl.socialekaart.directory.uitwisseling.Taxonomie;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Voorziening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static nl.socialekaart.portal.opendata.hsds.HsdsSchemas.lees;
import static nl.socialekaart.portal.opendata.hsds.HsdsSchemas.valideer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HSDS API end to end on the demo data (real PostgreSQL, Elasticsearch, HTTP); every response type is
 * validated against the HSDS 3.0 JSON Schemas, and the profile's fields against the HSDS-NL profile schemas.
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsApiIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAanbod aanbod;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    @Inject
    javax.sql.DataSource dataSource;

    /** Another test class in this JVM may have left the demo data still on its way through the outbox. */
    @org.junit.jupiter.api.BeforeAll
    void wachtTotAllesGeindexeerdIs() throws Exception {
        long gepubliceerd;
        try (var c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var rs = c.createStatement().executeQuery("select count(*) from voorziening where status = 'GEPUBLICEERD'")) {
            rs.next();
            gepubliceerd = rs.getLong(1);
        }
        long tot = System.currentTimeMillis() + 30_000;
        // lists without search come from PostgreSQL; ndjson comes from Elasticsearch
        while (jdk("/hsds/services?format=ndjson").body().lines().count() != gepubliceerd && System.currentTimeMillis() < tot) {
            Thread.sleep(200);
        }
    }

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private JsonNode get(String uri) {
        HttpResponse<String> antwoord = client().exchange(HttpRequest.GET(uri), String.class);
        assertEquals("*", antwoord.getHeaders().get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN), uri);
        return lees(antwoord.body());
    }

    /** The Page object per the spec's openapi.json, and each item against the item schema. */
    private JsonNode pagina(String uri, String itemSchema) {
        JsonNode pagina = get(uri);
        valideer(HsdsSchemas.uitOpenApi("/components/schemas/Page"), pagina);
        for (String veld : List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents")) {
            assertTrue(pagina.has(veld), veld + " ontbreekt in " + uri);
        }
        assertEquals(pagina.get("contents").size(), pagina.get("size").asInt());
        pagina.get("contents").forEach(item -> valideer(itemSchema, item));
        return pagina;
    }

    private HttpClientResponseException fout(String uri) {
        return assertThrows(HttpClientResponseException.class, () -> client().exchange(HttpRequest.GET(uri), String.class));
    }

    private void parameterFout(String uri, String parameter) {
        HttpClientResponseException e = fout(uri);
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), uri);
        JsonNode body = lees(e.getResponse().getBody(String.class).orElseThrow());
        assertEquals(parameter, body.get("parameter").asText(), uri + " -> " + body);
        assertTrue(body.get("fout").asText().contains(parameter), body.toString());
    }

    @Test
    void rootNamesVersionProfileAndOpenApi() {
        JsonNode root = get("/hsds/");
        valideer(HsdsSchemas.uitOpenApi("/paths/~1/get/responses/200/content/application~1json/schema"), root);
        assertEquals("3.0", root.get("version").asText());
        assertTrue(root.get("profile").asText().endsWith("/hsds/profile"), root.toString());
        String openapi = root.get("openapi_url").asText();
        assertTrue(openapi.startsWith("http"), openapi);
        JsonNode spec = get(openapi.substring(openapi.indexOf("/hsds/")));
        assertTrue(spec.get("paths").has("/services"));
    }

    @Test
    void servicesArePagedPublishedAndValid() {
        JsonNode eerste = pagina("/hsds/services?per_page=50", "compiled/service_list");
        assertTrue(eerste.get("total_items").asInt() >= 200, eerste.get("total_items").toString());
        assertEquals(50, eerste.get("size").asInt());
        assertTrue(eerste.get("first_page").asBoolean());
        assertFalse(eerste.get("last_page").asBoolean());
        JsonNode tweede = pagina("/hsds/services?per_page=50&page=2", "compiled/service_list");
        assertEquals(2, tweede.get("page_number").asInt());
        Set<String> ids = new HashSet<>();
        eerste.get("contents").forEach(s -> ids.add(s.get("id").asText()));
        tweede.get("contents").forEach(s -> assertTrue(ids.add(s.get("id").asText()), "pagina's overlappen"));
        JsonNode service = eerste.get("contents").get(0);
        assertEquals("active", service.get("status").asText());
        valideer(HsdsSchemas.schema("service", profielSchema("service")), service);
    }

    @Test
    void fullServicesNestEverythingAndFollowTheProfile() {
        JsonNode pagina = pagina("/hsds/services?per_page=20&full=true", "service");
        var profielService = HsdsSchemas.schema("service", profielSchema("service"));
        var profielLocatie = HsdsSchemas.schema("location", profielSchema("location"));
        boolean metLocatie = false;
        for (JsonNode s : pagina.get("contents")) {
            valideer(profielService, s);
            assertTrue(s.has("organization"), s.toString());
            valideer("organization", s.get("organization"));
            for (JsonNode sal : s.path("service_at_locations")) {
                valideer("service_at_location", sal);
                valideer(profielLocatie, sal.get("location"));
                assertTrue(sal.get("location").get("gemeente").get("cbs_code").asText().matches("GM\\d{4}"));
                metLocatie = true;
            }
            s.path("service_areas").forEach(a -> valideer("service_area", a));
            s.path("attributes").forEach(a -> valideer("attribute", a));
        }
        assertTrue(metLocatie);
    }

    @Test
    void minimalGivesIdsAndModificationTimes() {
        JsonNode pagina = pagina("/hsds/services?minimal=true&per_page=1000", "compiled/service_list");
        assertEquals(pagina.get("total_items").asInt(), pagina.get("size").asInt(), "alles in één keer");
        JsonNode s = pagina.get("contents").get(0);
        assertTrue(s.has("last_modified"));
        assertFalse(s.has("description"), s.toString());
    }

    @Test
    void serviceByIdIsFullAndValid() {
        String id = get("/hsds/services?per_page=1").get("contents").get(0).get("id").asText();
        JsonNode service = get("/hsds/services/" + id);
        valideer("service", service);
        assertEquals(id, service.get("id").asText());
        assertTrue(service.has("organization"));
    }

    @Test
    void searchGoesThroughTheSearchAndFiltersCombineWithAnd() {
        JsonNode huiskamers = pagina("/hsds/services?search=huiskamers&per_page=100&full=true", "service");
        assertTrue(huiskamers.get("total_items").asInt() >= 3, huiskamers.toString());
        // same stemming as the portal's search: "huiskamers" finds "Huiskamer ..."
        assertTrue(huiskamers.get("contents").get(0).get("name").asText().toLowerCase().contains("huiskamer"));

        JsonNode eerste = huiskamers.get("contents").get(0);
        String organisatie = eerste.get("organization_id").asText();
        String term = eerste.get("attributes").get(0).get("taxonomy_term_id").asText();
        JsonNode samen = pagina("/hsds/services?full=true&per_page=100&organization_id=" + organisatie
                + "&taxonomy_term_id=" + term, "service");
        assertTrue(samen.get("total_items").asInt() >= 1);
        for (JsonNode s : samen.get("contents")) {
            assertEquals(organisatie, s.get("organization_id").asText());
            assertTrue(heeftTerm(s, term), s.toString());
        }
        JsonNode alleenOrganisatie = get("/hsds/services?per_page=1&organization_id=" + organisatie);
        assertTrue(alleenOrganisatie.get("total_items").asInt() >= samen.get("total_items").asInt());

        JsonNode doelgroepen = pagina("/hsds/services?full=true&per_page=100&taxonomy_id="
                + HsdsIds.taxonomie(Taxonomie.DOELGROEP), "service");
        for (JsonNode s : doelgroepen.get("contents")) {
            assertTrue(alle(s.get("attributes"), a -> a.get("link_type").asText().equals("doelgroep")).size() >= 1, s.toString());
        }
        JsonNode onbekendeTerm = get("/hsds/services?taxonomy_term_id=" + UUID.randomUUID());
        assertTrue(onbekendeTerm.get("empty").asBoolean());
    }

    @Test
    void modifiedAfterFiltersOnChangeTime() {
        JsonNode toekomst = get("/hsds/services?modified_after=2999-01-01T00:00:00Z");
        assertEquals(0, toekomst.get("total_items").asInt());
        assertTrue(toekomst.get("empty").asBoolean());
        JsonNode alles = get("/hsds/services?modified_after=2000-01-01");
        assertEquals(get("/hsds/services").get("total_items"), alles.get("total_items"));
    }

    @Test
    void ndjsonStreamsEveryMatchWithoutPaging() {
        // the JDK client: Micronaut's own reads an ndjson body as a stream of JSON values, not as text
        java.net.http.HttpResponse<String> antwoord = jdk("/hsds/services?format=ndjson");
        assertEquals(200, antwoord.statusCode());
        assertTrue(antwoord.headers().firstValue("content-type").orElseThrow().startsWith("application/x-ndjson"));
        String[] regels = antwoord.body().split("\n");
        assertEquals(get("/hsds/services").get("total_items").asInt(), regels.length);
        Set<String> ids = new HashSet<>();
        for (String regel : regels) {
            JsonNode s = lees(regel);
            valideer("compiled/service_list", s);
            assertTrue(ids.add(s.get("id").asText()));
        }
    }

    @Test
    void conceptAndArchivedAanbodNeverShows() {
        String naam = "Zzconcept " + UUID.randomUUID().toString().substring(0, 8);
        Voorziening concept = aanbod.voorziening(naam, "Nog niet klaar voor publicatie", Status.CONCEPT);
        JsonNode gezocht = get("/hsds/services?search=" + URLEncoder.encode(naam, StandardCharsets.UTF_8));
        for (JsonNode s : gezocht.get("contents")) {
            assertFalse(s.get("id").asText().equals(concept.id().toString()));
        }
        assertEquals(HttpStatus.NOT_FOUND, fout("/hsds/services/" + concept.id()).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, fout("/hsds/organizations/" + concept.aanbiederId()).getStatus());
    }

    @Test
    void noPersonalOrProfessionalFields() {
        String alles = client().retrieve(HttpRequest.GET("/hsds/services?full=true&per_page=100"), String.class);
        for (String verboden : List.of("status\":\"GEPUBLICEERD", "\"version\":", "aangemaakt_op", "sociaal_team", "\"contacts\"")) {
            assertFalse(alles.contains(verboden), verboden);
        }
    }

    @Test
    void invalidParametersGet400NamingThem() {
        parameterFout("/hsds/services?per_page=abc", "per_page");
        parameterFout("/hsds/services?per_page=0", "per_page");
        parameterFout("/hsds/services?page=0", "page");
        parameterFout("/hsds/services?taxonomy_term_id=zorg", "taxonomy_term_id");
        parameterFout("/hsds/services?organization_id=12", "organization_id");
        parameterFout("/hsds/services?modified_after=gisteren", "modified_after");
        parameterFout("/hsds/services?minimal=ja", "minimal");
        parameterFout("/hsds/services?format=xml", "format");
        parameterFout("/hsds/services?per_pag=10", "per_pag");
        parameterFout("/hsds/services/niet-een-uuid", "id");
        parameterFout("/hsds/service_at_locations?proximity=500", "proximity");
        parameterFout("/hsds/service_at_locations?postcode=12345&proximity=500", "postcode");
        parameterFout("/hsds/service_at_locations?postcode=6851AB&proximity=-3", "proximity");
        parameterFout("/hsds/organizations?per_page=5000", "per_page");
        assertEquals(HttpStatus.NOT_FOUND, fout("/hsds/services/" + UUID.randomUUID()).getStatus());
    }

    @Test
    void organizations() {
        JsonNode pagina = pagina("/hsds/organizations?per_page=10", "compiled/organization_list");
        assertTrue(pagina.get("total_items").asInt() >= 10);
        String id = pagina.get("contents").get(0).get("id").asText();
        JsonNode organisatie = get("/hsds/organizations/" + id + "?full_service=true");
        valideer("organization", organisatie);
        assertTrue(organisatie.get("services").size() >= 1);
        organisatie.get("services").forEach(s -> {
            valideer("service", s);
            assertEquals(id, s.get("organization_id").asText());
        });
        String naam = pagina.get("contents").get(0).get("name").asText();
        JsonNode gezocht = pagina("/hsds/organizations?search=" + URLEncoder.encode(naam, StandardCharsets.UTF_8),
                "compiled/organization_list");
        assertTrue(gezocht.get("total_items").asInt() >= 1);
    }

    @Test
    void serviceAtLocationsByPostcodeAndProximity() {
        JsonNode alle = pagina("/hsds/service_at_locations?per_page=20", "compiled/service_at_location_list");
        assertTrue(alle.get("total_items").asInt() >= 20);
        JsonNode eerste = alle.get("contents").get(0);
        valideer("service_at_location", get("/hsds/service_at_locations/" + eerste.get("id").asText()));

        // a postcode of a demo locatie: that locatie is found by postcode, and within 1 m of its own centroid
        JsonNode metPostcode = null;
        for (JsonNode sal : get("/hsds/service_at_locations?per_page=200").get("contents")) {
            if (sal.get("location").has("addresses") && !sal.get("location").get("addresses").get(0).get("postal_code").asText().isEmpty()) {
                metPostcode = sal;
                break;
            }
        }
        assertNotNull(metPostcode);
        String postcode = metPostcode.get("location").get("addresses").get(0).get("postal_code").asText().replace(" ", "");
        JsonNode opPostcode = pagina("/hsds/service_at_locations?per_page=1000&postcode=" + postcode,
                "compiled/service_at_location_list");
        assertTrue(ids(opPostcode).contains(metPostcode.get("id").asText()));

        JsonNode dichtbij = pagina("/hsds/service_at_locations?per_page=1000&postcode=" + postcode + "&proximity=3000",
                "compiled/service_at_location_list");
        assertTrue(dichtbij.get("total_items").asInt() >= 1);
        JsonNode heelDichtbij = get("/hsds/service_at_locations?per_page=1000&postcode=" + postcode + "&proximity=1");
        assertTrue(heelDichtbij.get("total_items").asInt() <= dichtbij.get("total_items").asInt());
        JsonNode ver = get("/hsds/service_at_locations?per_page=1000&postcode=" + postcode + "&proximity=100000");
        assertTrue(ver.get("total_items").asInt() >= dichtbij.get("total_items").asInt());

        JsonNode gezocht = pagina("/hsds/service_at_locations?search=huiskamer&per_page=100", "compiled/service_at_location_list");
        assertTrue(gezocht.get("total_items").asInt() >= 1);
        gezocht.get("contents").forEach(s -> assertTrue(s.has("service")));
    }

    @Test
    void taxonomiesAndTerms() {
        JsonNode taxonomieen = pagina("/hsds/taxonomies", "taxonomy");
        assertEquals(2, taxonomieen.get("total_items").asInt());
        String id = taxonomieen.get("contents").get(0).get("id").asText();
        valideer("taxonomy", get("/hsds/taxonomies/" + id));
        JsonNode termen = pagina("/hsds/taxonomy_terms?per_page=200&taxonomy_id=" + id, "taxonomy_term");
        assertTrue(termen.get("total_items").asInt() >= 5);
        termen.get("contents").forEach(t -> assertEquals(id, t.get("taxonomy_id").asText()));
        String termId = termen.get("contents").get(0).get("id").asText();
        valideer("taxonomy_term", get("/hsds/taxonomy_terms/" + termId));
        JsonNode metTerm = get("/hsds/services?taxonomy_term_id=" + termId);
        assertTrue(metTerm.get("total_items").asInt() >= 1);
    }

    @Test
    void conditionalGetsAnswer304() {
        String id = get("/hsds/services?per_page=1").get("contents").get(0).get("id").asText();
        HttpResponse<String> eerste = client().exchange(HttpRequest.GET("/hsds/services/" + id), String.class);
        String etag = eerste.getHeaders().get(HttpHeaders.ETAG);
        String laatst = eerste.getHeaders().get(HttpHeaders.LAST_MODIFIED);
        assertNotNull(etag);
        assertNotNull(laatst);
        HttpResponse<String> opnieuw = client().exchange(HttpRequest.GET("/hsds/services/" + id)
                .header(HttpHeaders.IF_NONE_MATCH, etag), String.class);
        assertEquals(HttpStatus.NOT_MODIFIED, opnieuw.getStatus());
        HttpResponse<String> sinds = client().exchange(HttpRequest.GET("/hsds/services/" + id)
                .header(HttpHeaders.IF_MODIFIED_SINCE, laatst), String.class);
        assertEquals(HttpStatus.NOT_MODIFIED, sinds.getStatus());
        HttpResponse<String> anders = client().exchange(HttpRequest.GET("/hsds/services/" + id)
                .header(HttpHeaders.IF_NONE_MATCH, "\"iets-anders\""), String.class);
        assertEquals(HttpStatus.OK, anders.getStatus());

        HttpResponse<String> lijst = client().exchange(HttpRequest.GET("/hsds/services?per_page=5"), String.class);
        HttpResponse<String> lijstOpnieuw = client().exchange(HttpRequest.GET("/hsds/services?per_page=5")
                .header(HttpHeaders.IF_NONE_MATCH, lijst.getHeaders().get(HttpHeaders.ETAG)), String.class);
        assertEquals(HttpStatus.NOT_MODIFIED, lijstOpnieuw.getStatus(), () -> lijst.body() + "\n---\n" + lijstOpnieuw.body());
        assertEquals("*", lijstOpnieuw.getHeaders().get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }

    @Test
    void profileIsServedAsMergePatchesOverHsds() {
        JsonNode profiel = get("/hsds/profile");
        assertEquals("HSDS-NL sociale kaart", profiel.get("name").asText());
        JsonNode patch = get("/hsds/profile/location.json");
        assertTrue(patch.get("properties").has("bag_id"));
        JsonNode schema = lees(profielSchema("location"));
        assertTrue(schema.get("properties").has("addresses"), "HSDS-velden blijven");
        assertTrue(schema.get("properties").has("wijkcode"), "profielvelden erbij");
    }

    private java.net.http.HttpResponse<String> jdk(String pad) {
        try (java.net.http.HttpClient jdk = java.net.http.HttpClient.newHttpClient()) {
            return jdk.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.getURL() + pad)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String profielSchema(String naam) {
        return client().retrieve(HttpRequest.GET("/hsds/profile/schema/" + naam + ".json"), String.class);
    }

    private static boolean heeftTerm(JsonNode service, String termId) {
        return !alle(service.get("attributes"), a -> a.get("taxonomy_term_id").asText().equals(termId)).isEmpty();
    }

    private static List<JsonNode> alle(JsonNode lijst, Predicate<JsonNode> voorwaarde) {
        List<JsonNode> gevonden = new ArrayList<>();
        if (lijst != null) {
            lijst.forEach(n -> {
                if (voorwaarde.test(n)) {
                    gevonden.add(n);
                }
            });
        }
        return gevonden;
    }

    private static Set<String> ids(JsonNode pagina) {
        Set<String> ids = new HashSet<>();
        pagina.get("contents").forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }
}
