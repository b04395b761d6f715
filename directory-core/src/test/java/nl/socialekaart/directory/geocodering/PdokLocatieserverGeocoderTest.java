package nl.socialekaart.directory.geocodering;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdokLocatieserverGeocoderTest {

    private static final String OPNAME = "/geocodering/pdok-free-6851.json";
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private HttpServer server;
    private final List<URI> verzoeken = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void readsPointNameAndCodesFromTheRecordedFreeResponse() throws IOException {
        GeocodeerResultaat resultaat = geocoder("http://127.0.0.1:9").lees(opname()).orElseThrow();

        assertEquals(new Punt(51.94297, 5.93743), resultaat.punt());
        assertEquals("Langestraat 72, 6851AE Huissen", resultaat.weergavenaam());
        assertEquals("6851 AE", resultaat.postcode());
        assertEquals("1705200000004821", resultaat.bagId());
        assertEquals("WK170500", resultaat.wijkcode());
        assertEquals("BU17050000", resultaat.buurtcode());
        assertEquals(Nauwkeurigheid.ADRES, resultaat.nauwkeurigheid());
        assertNull(resultaat.kern());
    }

    @Test
    void takesTheAdresseerbaarObjectWhenThereIsNoNummeraanduiding() throws IOException {
        String json = """
                {"response":{"numFound":1,"docs":[{"type":"adres","weergavenaam":"Kerkstraat 5, 6851EX Huissen",
                 "centroide_ll":"POINT(5.94074 51.93908)","adresseerbaarobject_id":"1705010000001234"}]}}""";

        GeocodeerResultaat resultaat = geocoder("http://127.0.0.1:9").lees(json.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();

        assertEquals("1705010000001234", resultaat.bagId());
        assertNull(resultaat.wijkcode());
    }

    @Test
    void mapsPostcodeAndWoonplaatsTypesToTheirPrecision() throws IOException {
        String postcode = """
                {"response":{"docs":[{"type":"postcode","weergavenaam":"Langestraat, 6851AE Huissen",
                 "centroide_ll":"POINT(5.9374 51.943)","postcode":"6851AE"}]}}""";
        String woonplaats = """
                {"response":{"docs":[{"type":"woonplaats","weergavenaam":"Huissen, Lingewaard, Gelderland",
                 "centroide_ll":"POINT(5.9399 51.9376)"}]}}""";

        assertEquals(Nauwkeurigheid.POSTCODE, lees(postcode).orElseThrow().nauwkeurigheid());
        GeocodeerResultaat plaats = lees(woonplaats).orElseThrow();
        assertEquals(Nauwkeurigheid.PLAATS, plaats.nauwkeurigheid());
        assertNull(plaats.postcode());
    }

    @Test
    void dropsCodesThatAreNotInTheirOfficialForm() throws IOException {
        String json = """
                {"response":{"docs":[{"type":"adres","weergavenaam":"X 1, 6851AE Huissen",
                 "centroide_ll":"POINT(5.9 51.9)","nummeraanduiding_id":"17052","wijkcode":"170500",
                 "buurtcode":"BU1705"}]}}""";

        GeocodeerResultaat resultaat = lees(json).orElseThrow();

        assertNull(resultaat.bagId());
        assertNull(resultaat.wijkcode());
        assertNull(resultaat.buurtcode());
    }

    @Test
    void findsNothingInAnEmptyResponseOrADocWithoutPoint() throws IOException {
        assertTrue(lees("{\"response\":{\"numFound\":0,\"start\":0,\"docs\":[]}}").isEmpty());
        assertTrue(lees("{\"response\":{\"docs\":[{\"type\":\"adres\",\"weergavenaam\":\"X\"}]}}").isEmpty());
        assertTrue(lees("{}").isEmpty());
    }

    @Test
    void readsWktPointsLongitudeFirst() {
        assertEquals(Optional.of(new Punt(52.0266669, 5.07000962)),
                PdokLocatieserverGeocoder.punt("POINT(5.07000962 52.0266669)"));
        assertTrue(PdokLocatieserverGeocoder.punt("POLYGON((5 52, 6 52, 6 53, 5 52))").isEmpty());
        assertTrue(PdokLocatieserverGeocoder.punt("POINT(5 200)").isEmpty());
    }

    @Test
    void asksTheFreeEndpointOverHttpAndReadsTheAnswer() throws IOException {
        String basis = startServer(200, opname());

        GeocodeerResultaat resultaat = geocoder(basis + "/").zoek("  Langestraat 72   6851AE Huissen ").orElseThrow();

        assertEquals("1705200000004821", resultaat.bagId());
        assertEquals(1, verzoeken.size());
        URI verzoek = verzoeken.getFirst();
        assertEquals("/bzk/locatieserver/search/v3_1/free", verzoek.getPath());
        Map<String, String> parameters = parameters(verzoek);
        assertEquals(Map.of("q", "Langestraat 72 6851AE Huissen", "rows", "1",
                "fq", "type:(adres OR postcode OR woonplaats)"), parameters);
    }

    @Test
    void givesNothingWhenTheServerFails() throws IOException {
        String basis = startServer(500, "{\"error\":\"intern\"}".getBytes(StandardCharsets.UTF_8));

        assertTrue(geocoder(basis).zoek("6851 AE").isEmpty());
        assertEquals(1, verzoeken.size());
    }

    @Test
    void givesNothingWhenTheAnswerIsNotJson() throws IOException {
        String basis = startServer(200, "<html>onderhoud</html>".getBytes(StandardCharsets.UTF_8));

        assertTrue(geocoder(basis).zoek("6851 AE").isEmpty());
    }

    @Test
    void givesNothingWhenNobodyListens() throws IOException {
        String basis = startServer(200, opname());
        server.stop(0);
        server = null;

        assertTrue(geocoder(basis).zoek("6851 AE").isEmpty());
    }

    @Test
    void asksNothingForEmptyInput() throws IOException {
        String basis = startServer(200, opname());

        assertTrue(geocoder(basis).zoek("   ").isEmpty());
        assertTrue(geocoder(basis).zoek(null).isEmpty());
        assertEquals(0, verzoeken.size());
    }

    private String startServer(int status, byte[] antwoord) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            verzoeken.add(exchange.getRequestURI());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, antwoord.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(antwoord);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bzk/locatieserver";
    }

    private static Map<String, String> parameters(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String paar : uri.getRawQuery().split("&")) {
            String[] delen = paar.split("=", 2);
            parameters.put(URLDecoder.decode(delen[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(delen[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static Optional<GeocodeerResultaat> lees(String json) throws IOException {
        return geocoder("http://127.0.0.1:9").lees(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PdokLocatieserverGeocoder geocoder(String basisUrl) {
        return new PdokLocatieserverGeocoder(basisUrl, JSON);
    }

    private static byte[] opname() throws IOException {
        try (InputStream in = PdokLocatieserverGeocoderTest.class.getResourceAsStream(OPNAME)) {
            return in.readAllBytes();
        }
    }
}
