package nl.socialekaart.portal.publiek;

import nl.socialekaart.portal.Browser;
import nl.socialekaart.portal.HeadlessChromium;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages as a browser shows them, in headless Chromium, on the demo data. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KaartInBrowserIT implements MetEmbeddedStack {

    private static final String ZOEKEN = "/zoeken?q=huiskamer";

    @Inject EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @BeforeEach
    void chromium() {
        HeadlessChromium.vereist();
    }

    @Test
    void mapShowsOneMarkerForEachLocationOfTheResultsOnThePage() throws Exception {
        JsonNode api = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer&per_pagina=20"),
                JsonNode.class);
        int locaties = 0;
        for (JsonNode treffer : api.get("resultaten").values()) {
            locaties += treffer.get("locaties").size();
        }

        String dom = HeadlessChromium.dom(url(ZOEKEN));

        assertTrue(locaties > 0);
        // markers are clustered, so the DOM holds cluster icons; the map says how many markers its layer holds
        Matcher geplaatst = Pattern.compile("data-markers-geplaatst=\"(\\d+)\"").matcher(dom);
        assertTrue(geplaatst.find(), "kaart getekend");
        assertEquals(locaties, Integer.parseInt(geplaatst.group(1)), "markers op de kaart");
        // (Chromium's default 800 px window is the phone layout, where the list shows first and the map waits for
        // its toggle; PortaalInBrowserIT sees the markers drawn on a desktop-sized window)
    }

    @Test
    void screenshotsOfTheMainPagesAreKept() throws Exception {
        for (String[] pagina : new String[][]{{"home", "/"}, {"zoeken", ZOEKEN}}) {
            assertTrue(Files.size(HeadlessChromium.screenshot(pagina[0], url(pagina[1]))) > 10_000, pagina[0]);
        }
    }

    @Test
    void residentSearchesFromTheHomePageAndGetsResults() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver().get(url("/"));
            browser.driver().findElement(By.id("q")).sendKeys("huiskamer", Keys.ENTER);

            browser.wacht().until(ExpectedConditions.urlContains("/zoeken?q=huiskamer"));
            assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("Huiskamer"));
            browser.screenshot("zoeken-vanaf-home");
        }
    }

    private String url(String pad) {
        return server.getURL() + pad;
    }
}
