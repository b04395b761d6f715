package nl.socialekaart.portal.opendata.hsds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import nl.socialekaart.directory.uitwisseling.HsdsJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * HSDS responses: JSON with a strong ETag of the exact bytes (and Last-Modified where one object's change time is
 * known), answering a matching conditional GET with 304; ndjson streamed through a small pipe, so the server holds
 * a batch, never the whole list.
 */
final class HsdsAntwoord {

    static final MediaType NDJSON = MediaType.of("application/x-ndjson");
    private static final Logger LOG = LoggerFactory.getLogger(HsdsAntwoord.class);

    private HsdsAntwoord() {
    }

    static MutableHttpResponse<?> json(HttpRequest<?> request, Object waarde, @Nullable Instant gewijzigd) {
        byte[] body = HsdsJson.bytes(waarde);
        String etag = etag(body);
        Instant laatst = gewijzigd == null ? null : gewijzigd.truncatedTo(ChronoUnit.SECONDS);
        MutableHttpResponse<?> antwoord = ongewijzigd(request, etag, laatst)
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        antwoord.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        if (laatst != null) {
            antwoord.header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(laatst.atZone(ZoneOffset.UTC)));
        }
        return antwoord;
    }

    /** A JSON document kept as bytes (a schema, the OpenAPI description), with an ETag. */
    static MutableHttpResponse<?> ruw(HttpRequest<?> request, byte[] body) {
        String etag = etag(body);
        MutableHttpResponse<?> antwoord = ongewijzigd(request, etag, null)
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        return antwoord.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "public, no-cache");
    }

    /** If-None-Match decides when present (RFC 9110 13.2.2); If-Modified-Since only without it. */
    private static boolean ongewijzigd(HttpRequest<?> request, String etag, @Nullable Instant laatst) {
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String kandidaat : ifNoneMatch.split(",")) {
                String tag = kandidaat.strip();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeaders().get(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null && laatst != null) {
            try {
                Instant sinds = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !laatst.isAfter(sinds);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Streams what the schrijver writes. It runs on its own virtual thread and blocks when the client reads slower
     * than it writes, so memory stays at the pipe's buffer plus the schrijver's batch.
     */
    static HttpResponse<StreamedFile> stream(MediaType type, @Nullable String bestandsnaam, Consumer<OutputStream> schrijver) {
        Pijp pijp = new Pijp();
        Thread.ofVirtual().name("hsds-stream").start(() -> {
            try (OutputStream o = pijp.uit) {
                schrijver.accept(o);
            } catch (RuntimeException | IOException e) {
                // the client has the status line already; a cut-off stream is all that can tell it
                LOG.warn("HSDS-stream afgebroken: {}", e.toString());
            }
        });
        StreamedFile bestand = new StreamedFile(pijp.in, type);
        MutableHttpResponse<StreamedFile> antwoord = HttpResponse.ok(bestand).contentType(type);
        if (bestandsnaam != null) {
            antwoord.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + bestandsnaam + "\"");
        }
        return antwoord;
    }
}
