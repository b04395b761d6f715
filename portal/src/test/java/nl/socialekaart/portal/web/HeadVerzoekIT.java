package nl.socialekaart.portal.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uptime monitors and link checkers send HEAD ({@code curl -I}); it must answer like GET, without a body. The JDK
 * client is used because it sends a real HEAD and shows exactly what came back.
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadVerzoekIT implements MetEmbeddedStack {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    private static final List<String> PAGINAS = List.of("/", "/zoeken?q=x", "/zoeken?q=huiskamer", "/kernen",
            "/themas", "/kern/gendt", "/toegankelijkheid", "/privacy", "/sitemap.xml", "/robots.txt",
            "/beheer/inloggen", "/api/v1/zoeken?q=koffie", "/hsds/services");

    @Test
    void headAnswersLikeGetWithoutBodyOnEveryPublicPage() throws IOException, InterruptedException {
        for (String pad : PAGINAS) {
            vergelijk(pad);
        }
    }

    private void vergelijk(String pad) throws IOException, InterruptedException {
        HttpResponse<byte[]> get = verstuur("GET", pad);
        HttpResponse<byte[]> head = verstuur("HEAD", pad);

        assertEquals(200, get.statusCode(), pad);
        assertEquals(200, head.statusCode(), pad + " HEAD");
        assertEquals("", bytesNaDeKoppen(pad), pad + " HEAD has a body");
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), pad);
        assertTrue(get.body().length > 0, pad);
    }

    /** The JDK client never reads a HEAD response's body, so this asks over a plain socket what really came. */
    private String bytesNaDeKoppen(String pad) throws IOException {
        try (Socket socket = new Socket("localhost", server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("HEAD " + pad + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String antwoord = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int einde = antwoord.indexOf("\r\n\r\n");
            assertTrue(antwoord.startsWith("HTTP/1.1 200"), antwoord);
            return antwoord.substring(einde + 4);
        }
    }

    private HttpResponse<byte[]> verstuur(String methode, String pad) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + pad))
                .method(methode, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
