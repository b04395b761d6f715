package nl.socialekaart.portal.opendata.hsds;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.core.annotation.Nullable;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Open for reuse without a key: any web page may read the HSDS API ({@code Access-Control-Allow-Origin: *}, also on
 * errors, so a browser client can read why), and each client gets a fair share (429 + Retry-After).
 */
@ServerFilter("/hsds/**")
public class HsdsFilter {

    private final Snelheidsbegrenzer begrenzer;

    public HsdsFilter(Snelheidsbegrenzer begrenzer) {
        this.begrenzer = begrenzer;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> begrens(HttpRequest<?> request) {
        InetSocketAddress adres = request.getRemoteAddress();
        String client = adres.getAddress() == null ? adres.getHostString() : adres.getAddress().getHostAddress();
        OptionalLong wachten = begrenzer.verzoek(client);
        if (wachten.isEmpty()) {
            return null;
        }
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(wachten.getAsLong()))
                // a response returned here skips the response filter below
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "Retry-After")
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(Map.of("fout", "Te veel verzoeken van dit adres; probeer het over " + wachten.getAsLong()
                        + " seconden opnieuw."));
    }

    @ResponseFilter
    public void cors(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            response.header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Last-Modified, Retry-After");
        }
    }
}
