package nl.socialekaart.directory.geocodering;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Geocodes through the PDOK Locatieserver's {@code free} endpoint (BAG addresses, postcodes and
 * woonplaatsen of all of the Netherlands), for production. Asks for the single best adres, postcode or
 * woonplaats and keeps its BAG id and CBS wijk and buurt. An unreachable, slow or failing Locatieserver
 * gives an empty result and a warning: a resident's search then works without the point, it does not fail.
 */
public class PdokLocatieserverGeocoder implements Geocoder {

    static final String ZOEKPAD = "/search/v3_1/free";
    static final String TYPEFILTER = "type:(adres OR postcode OR woonplaats)";

    private static final Logger LOG = LoggerFactory.getLogger(PdokLocatieserverGeocoder.class);
    // a resident waits for this; better no point than a hanging search page
    private static final Duration VERBINDEN_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ANTWOORD_TIMEOUT = Duration.ofSeconds(3);
    private static final int MAXIMALE_INVOER = 200;
    private static final Pattern PUNT = Pattern.compile(
            "POINT\\(\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s+(-?[0-9]+(?:\\.[0-9]+)?)\\s*\\)");
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Z]{2})");
    private static final Pattern BAG_ID = Pattern.compile("[0-9]{16}");
    private static final Pattern WIJKCODE = Pattern.compile("WK[0-9]{6}");
    private static final Pattern BUURTCODE = Pattern.compile("BU[0-9]{8}");

    private final String basisUrl;
    private final JsonMapper jsonMapper;
    private final HttpClient http;

    public PdokLocatieserverGeocoder(String basisUrl, JsonMapper jsonMapper) {
        this.basisUrl = basisUrl.replaceAll("/+$", "");
        this.jsonMapper = jsonMapper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(VERBINDEN_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Optional<GeocodeerResultaat> zoek(String invoer) {
        if (invoer == null || invoer.isBlank()) {
            return Optional.empty();
        }
        String q = invoer.strip().replaceAll("\\s+", " ");
        if (q.length() > MAXIMALE_INVOER) {
            q = q.substring(0, MAXIMALE_INVOER);
        }
        URI uri = URI.create(basisUrl + ZOEKPAD + "?q=" + encode(q) + "&rows=1&fq=" + encode(TYPEFILTER));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(ANTWOORD_TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.warn("PDOK Locatieserver {} antwoordde {}", basisUrl, response.statusCode());
                return Optional.empty();
            }
            return lees(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // not the query: what a resident types may be their home address
            LOG.warn("PDOK Locatieserver {} niet bruikbaar: {}", basisUrl, e.toString());
            return Optional.empty();
        }
    }

    /** The first document of a {@code free} response; empty when there is none or it has no usable point. */
    Optional<GeocodeerResultaat> lees(byte[] antwoord) throws IOException {
        JsonNode docs = jsonMapper.readValue(antwoord, Argument.of(JsonNode.class)).get("response");
        docs = docs == null ? null : docs.get("docs");
        if (docs == null || !docs.isArray() || docs.size() == 0) {
            return Optional.empty();
        }
        JsonNode doc = docs.get(0);
        Optional<Punt> punt = punt(tekst(doc, "centroide_ll"));
        String weergavenaam = tekst(doc, "weergavenaam");
        if (punt.isEmpty() || weergavenaam == null) {
            return Optional.empty();
        }
        String type = tekst(doc, "type");
        Nauwkeurigheid nauwkeurigheid = switch (type == null ? "" : type) {
            case "adres" -> Nauwkeurigheid.ADRES;
            case "postcode" -> Nauwkeurigheid.POSTCODE;
            default -> Nauwkeurigheid.PLAATS;
        };
        // the nummeraanduiding is the address itself; the adresseerbaar object (verblijfsobject,
        // standplaats, ligplaats) is the thing at it, and what PDOK may give alone
        String bagId = geldig(tekst(doc, "nummeraanduiding_id"), BAG_ID);
        if (bagId == null) {
            bagId = geldig(tekst(doc, "adresseerbaarobject_id"), BAG_ID);
        }
        return Optional.of(new GeocodeerResultaat(punt.get(), weergavenaam, postcode(tekst(doc, "postcode")), null,
                bagId, geldig(tekst(doc, "wijkcode"), WIJKCODE), geldig(tekst(doc, "buurtcode"), BUURTCODE),
                nauwkeurigheid));
    }

    /** "POINT(5.93743 51.94297)": WKT, longitude first. */
    static Optional<Punt> punt(String wkt) {
        if (wkt == null) {
            return Optional.empty();
        }
        Matcher m = PUNT.matcher(wkt.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Punt(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** PDOK writes "6851AE"; the directory writes "6851 AE". */
    private static String postcode(String waarde) {
        if (waarde == null) {
            return null;
        }
        Matcher m = POSTCODE.matcher(waarde.strip().toUpperCase(java.util.Locale.ROOT));
        return m.matches() ? m.group(1) + " " + m.group(2) : null;
    }

    private static String geldig(String waarde, Pattern vorm) {
        return waarde != null && vorm.matcher(waarde).matches() ? waarde : null;
    }

    private static String tekst(JsonNode doc, String veld) {
        JsonNode waarde = doc.get(veld);
        if (waarde == null || waarde.isNull()) {
            return null;
        }
        if (waarde.isArray()) {
            // Solr sometimes gives multi-valued fields; the first is the one
            return waarde.size() == 0 ? null : tekst(waarde.get(0));
        }
        return tekst(waarde);
    }

    private static String tekst(JsonNode waarde) {
        if (waarde.isString()) {
            String s = waarde.getStringValue().strip();
            return s.isEmpty() ? null : s;
        }
        return waarde.isNumber() ? waarde.coerceStringValue() : null;
    }

    private static String encode(String waarde) {
        return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
    }
}
