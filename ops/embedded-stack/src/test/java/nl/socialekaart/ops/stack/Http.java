package nl.socialekaart.ops.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Minimal JSON-over-HTTP calls to the embedded node for the integration tests. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]*)\"");

    record Response(int status, String body) {
    }

    private Http() {
    }

    static Response send(String method, URI uri, String json) throws IOException, InterruptedException {
        return send(method, uri, json, SharedTestStack.get().elasticsearchAuthorization().orElseThrow());
    }

    /** @param authorization the {@code Authorization} header, or {@code null} for an anonymous request */
    static Response send(String method, URI uri, String json, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    /** The "token" values of an _analyze response, in order. */
    static List<String> tokens(String analyzeResponse) {
        Matcher matcher = TOKEN.matcher(analyzeResponse);
        return matcher.results().map(m -> m.group(1)).toList();
    }
}
