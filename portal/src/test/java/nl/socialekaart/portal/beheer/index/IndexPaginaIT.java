package nl.socialekaart.portal.beheer.index;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.portal.Browser;
import nl.socialekaart.portal.beheer.BrowserInloggen;
import nl.socialekaart.portal.beheer.Inloggen;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /beheer/index: counts side by side, and a rebuild in the background while the public search keeps answering. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexPaginaIT implements MetEmbeddedStack {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject EmbeddedServer server;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    @Test
    void rebuildRunsInTheBackgroundReaches100PercentAndCountsAreEqual() throws Exception {
        String cookie = Inloggen.als(client(), DemoGebruikers.BEHEERDER);
        // another test of this class may have started a rebuild: this one measures its own
        Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                .until(() -> !status(cookie).get("herbouw").get("bezig").getBooleanValue());
        String indexVoor = status(cookie).get("index").getStringValue();

        HttpResponse<String> start = client().exchange(HttpRequest.POST("/beheer/index/herbouwen", "")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Cookie", cookie), String.class);
        assertEquals(HttpStatus.SEE_OTHER, start.getStatus());

        List<Integer> procenten = new ArrayList<>();
        int zoekAntwoordenTijdensHerbouw = 0;
        JsonNode stand = status(cookie);
        long einde = System.currentTimeMillis() + 60_000;
        while (stand.get("herbouw").get("bezig").getBooleanValue() && System.currentTimeMillis() < einde) {
            procenten.add(stand.get("herbouw").get("procent").getIntValue());
            // the public search answers during the rebuild, from the old index
            HttpResponse<String> zoek = client().exchange(HttpRequest.GET("/api/v1/zoeken?q=huiskamer"), String.class);
            assertEquals(HttpStatus.OK, zoek.getStatus());
            zoekAntwoordenTijdensHerbouw++;
            stand = status(cookie);
        }
        JsonNode herbouw = stand.get("herbouw");
        assertEquals(false, herbouw.get("bezig").getBooleanValue(), "herbouw klaar binnen een minuut");
        assertEquals(100, herbouw.get("procent").getIntValue());
        assertTrue(stand.get("herbouw").get("fout") == null || stand.get("herbouw").get("fout").isNull());
        assertEquals(stand.get("postgres").getLongValue(), stand.get("elasticsearch").getLongValue());
        assertEquals(stand.get("postgres").getLongValue(), herbouw.get("verwerkt").getLongValue());
        assertTrue(stand.get("postgres").getLongValue() >= 226);
        assertTrue(!indexVoor.equals(stand.get("index").getStringValue()), "alias wijst naar een nieuwe index");
        System.out.println("voortgang gezien: " + procenten + "; zoekantwoorden tijdens herbouw: " + zoekAntwoordenTijdensHerbouw);

        String html = client().retrieve(HttpRequest.GET("/beheer/index").header("Cookie", cookie));
        assertTrue(html.contains("De zoekindex bevat evenveel voorzieningen als de database."), html);
        assertTrue(html.contains("Klaar (100%)"), html);
    }

    @Test
    void onlyBeheerderMayRebuild() {
        String cookie = Inloggen.als(client(), DemoGebruikers.REDACTEUR);
        try {
            client().exchange(HttpRequest.POST("/beheer/index/herbouwen", "")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Cookie", cookie), String.class);
            throw new AssertionError("redacteur mocht herbouwen");
        } catch (HttpClientResponseException e) {
            assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
        }
    }

    @Test
    void screenshotInChromiumShowsProgressUntilDone() throws Exception {
        try (Browser browser = Browser.start()) {
            String basis = "http://localhost:" + server.getPort();
            BrowserInloggen.als(browser, basis, DemoGebruikers.BEHEERDER);
            browser.driver().get(basis + "/beheer/index");
            browser.driver().findElement(By.cssSelector("#herbouw button[type=submit]")).click();
            browser.screenshot("beheer-index-bezig");
            // the script polls and reloads the page once the rebuild is done
            browser.wacht(java.time.Duration.ofSeconds(60))
                    .until(d -> d.findElement(By.id("voortgang-tekst")).getText().startsWith("Klaar (100%)"));
            assertEquals("100", browser.driver().findElement(By.id("voortgang")).getAttribute("value"));
            browser.screenshot("beheer-index");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('herbouw').scrollIntoView()");
            browser.screenshot("beheer-index-klaar");
        }
    }

    @Test
    void withoutJavaScriptThePageRefreshesItselfUntilDone() throws Exception {
        try (Browser browser = Browser.zonderJavaScript()) {
            String basis = "http://localhost:" + server.getPort();
            BrowserInloggen.als(browser, basis, DemoGebruikers.BEHEERDER);
            browser.driver().get(basis + "/beheer/index");
            browser.driver().findElement(By.cssSelector("#herbouw button[type=submit]")).click();
            // no script: only the <noscript> meta refresh brings the page to the finished state
            browser.wacht(java.time.Duration.ofSeconds(60))
                    .until(d -> d.findElement(By.id("voortgang-tekst")).getText().startsWith("Klaar (100%)"));
            assertTrue(browser.driver().findElement(By.id("vergelijking")).getText()
                    .contains("evenveel voorzieningen als de database"));
        }
    }

    private JsonNode status(String cookie) {
        return client().retrieve(HttpRequest.GET("/beheer/index/status").header("Cookie", cookie), JsonNode.class);
    }
}
