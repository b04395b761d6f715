package nl.socialekaart.portal.publiek;

import nl.socialekaart.portal.Browser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal as residents use it, in headless Chromium on the demo data: with and without JavaScript, with
 * only a keyboard, and scanned by axe-core for WCAG 2.1 AA. Screenshots of every main page are kept under
 * target/screenshots.
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortaalInBrowserIT implements MetEmbeddedStack {

    /** axe-core from its webjar (test scope): injected into the page, so nothing is fetched at test time. */
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    @Inject EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    private String detailUrl;

    @BeforeAll
    void eenDetailpagina() {
        Browser.vereist();
        JsonNode api = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer"), JsonNode.class);
        detailUrl = api.get("resultaten").get(0).get("url").getStringValue();
    }

    @Test
    void residentSearchesFromHomeWithSuggestionsAndGetsResults() throws Exception {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(url("/"));
            WebElement q = driver.findElement(By.id("q"));
            q.sendKeys("huis");
            browser.wacht().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-suggesties [role=option]")));
            assertEquals("true", q.getAttribute("aria-expanded"));
            browser.screenshot("home-suggesties");

            q.sendKeys("kamer", Keys.ENTER);
            browser.wacht().until(ExpectedConditions.urlContains("/zoeken?q=huiskamer"));
            assertTrue(driver.findElements(By.cssSelector(".resultaat")).size() > 1);
        }
    }

    @Test
    void applyingAFilterChangesTheCountAndItsChipTakesItAway() throws Exception {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(url("/zoeken?q=huiskamer"));
            String voor = driver.findElement(By.id("aantal")).getText();

            driver.findElement(By.cssSelector(".filters input[name=kern]")).click();
            driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
            browser.wacht().until(ExpectedConditions.urlContains("kern="));

            String na = driver.findElement(By.id("aantal")).getText();
            assertNotEquals(voor, na, "het aantal verandert met het filter");
            assertTrue(getal(na) < getal(voor), voor + " -> " + na);
            List<WebElement> chips = driver.findElements(By.cssSelector(".chips .chip"));
            assertEquals(1, chips.size());
            browser.screenshot("zoeken-met-filter");

            chips.getFirst().click();
            browser.wacht().until(ExpectedConditions.not(ExpectedConditions.urlContains("kern=")));
            assertEquals(voor, driver.findElement(By.id("aantal")).getText(), "zonder filter weer het oude aantal");

            driver.navigate().back();
            browser.wacht().until(ExpectedConditions.urlContains("kern="));
            assertEquals(na, driver.findElement(By.id("aantal")).getText(), "de terugknop geeft de gefilterde pagina");
        }
    }

    @Test
    void residentOpensADetailPageFromTheResults() throws Exception {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(url("/zoeken?q=huiskamer"));
            WebElement eerste = driver.findElement(By.cssSelector(".resultaat h2 a"));
            String naam = eerste.getText();
            eerste.click();

            browser.wacht().until(ExpectedConditions.urlContains("/voorziening/"));
            assertEquals(naam, driver.findElement(By.tagName("h1")).getText());
            assertFalse(driver.findElements(By.cssSelector(".openingsstatus")).isEmpty()
                    && driver.findElements(By.cssSelector(".locatie")).isEmpty());
            assertTrue(driver.findElement(By.id("melding-titel")).isDisplayed(), "Klopt er iets niet?");
            assertTrue(driver.findElement(By.cssSelector(".delen .js-alleen")).isDisplayed(), "kopieer- en afdrukknop met JavaScript");
        }
    }

    @Test
    void theMapHasOneMarkerForEachLocationOfTheResultsWithCoordinates() throws Exception {
        JsonNode api = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer&per_pagina=20"), JsonNode.class);
        int locaties = 0;
        for (JsonNode treffer : api.get("resultaten").values()) {
            locaties += treffer.get("locaties").size();
        }
        try (Browser browser = Browser.start()) {
            browser.driver().get(url("/zoeken?q=huiskamer"));
            WebElement kaart = browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kaart[data-markers-geplaatst]")));

            assertTrue(locaties > 0);
            assertEquals(String.valueOf(locaties), kaart.getAttribute("data-markers-geplaatst"), "markers in de clusterlaag");
            assertFalse(browser.driver().findElements(By.cssSelector("#kaart .leaflet-marker-icon")).isEmpty(), "markers of clusters zichtbaar");
        }
    }

    @Test
    void afterMovingTheMapTheResidentSearchesThatAreaAndAMarkerLightsUpItsResult() throws Exception {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(url("/zoeken?q=huiskamer&kern=gendt"));
            browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kaart[data-markers-geplaatst]")));
            WebElement zoekHier = driver.findElement(By.cssSelector("[data-zoek-hier]"));
            assertFalse(zoekHier.isDisplayed(), "pas na het verschuiven");

            // a marker (not a cluster) lights up its result in the list
            List<WebElement> markers = driver.findElements(By.cssSelector("#kaart .leaflet-marker-icon:not(.marker-cluster)"));
            assertFalse(markers.isEmpty(), "losse markers bij weinig resultaten");
            markers.getFirst().click();
            browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".resultaat.gemarkeerd")));

            String voor = driver.findElement(By.id("aantal")).getText();
            for (int i = 0; i < 3; i++) {
                driver.findElement(By.cssSelector("#kaart .leaflet-control-zoom-in")).click();
                Thread.sleep(400);
            }
            browser.wacht().until(ExpectedConditions.visibilityOf(zoekHier));
            zoekHier.click();
            browser.wacht().until(ExpectedConditions.urlContains("kader="));
            assertTrue(driver.getCurrentUrl().contains("kern=gendt"), "de rest van de zoekvraag blijft");
            assertTrue(getal(driver.findElement(By.id("aantal")).getText()) <= getal(voor), voor);
            assertTrue(driver.findElement(By.cssSelector(".chips")).getText().contains("In het kaartgebied"), "als filter te zien en weg te halen");
            browser.screenshot("zoeken-in-dit-gebied");
        }
    }

    @Test
    void myLocationSortsNearestFirstWithDistances() throws Exception {
        try (Browser browser = Browser.start()) {
            org.openqa.selenium.chrome.ChromeDriver driver = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
            // the browser's location, as if the resident were in Gendt and allowed it
            driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
            driver.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", 51.876, "longitude", 5.968, "accuracy", 50));
            driver.get(url("/zoeken?q=huiskamer"));
            WebElement mijnLocatie = browser.wacht().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-mijn-locatie]")));

            mijnLocatie.click();
            browser.wacht().until(ExpectedConditions.urlContains("sortering=afstand"));
            assertTrue(driver.getCurrentUrl().contains("lat=51.876"), driver.getCurrentUrl());
            assertTrue(driver.findElement(By.cssSelector(".resultaat .afstand")).getText().matches("Op \\d+,\\d km afstand"));
            assertTrue(driver.findElement(By.cssSelector(".chips")).getText().contains("Bij mijn locatie"));
        }
    }

    @Test
    void withoutJavaScriptSearchFilterAndDetailStillWork() throws Exception {
        try (Browser browser = Browser.zonderJavaScript()) {
            WebDriver driver = browser.driver();
            driver.get(url("/"));
            driver.findElement(By.id("q")).sendKeys("huiskamer");
            driver.findElement(By.cssSelector(".zoekformulier button[type=submit]")).click();
            browser.wacht().until(ExpectedConditions.urlContains("/zoeken?q=huiskamer"));
            String voor = driver.findElement(By.id("aantal")).getText();
            assertTrue(driver.findElements(By.cssSelector("#kaart .leaflet-marker-icon")).isEmpty(), "geen kaart zonder JavaScript");

            driver.findElement(By.cssSelector(".filters input[name=kern]")).click();
            driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
            browser.wacht().until(ExpectedConditions.urlContains("kern="));
            assertNotEquals(voor, driver.findElement(By.id("aantal")).getText());
            browser.screenshot("zoeken-zonder-javascript");

            driver.findElement(By.cssSelector(".resultaat h2 a")).click();
            browser.wacht().until(ExpectedConditions.urlContains("/voorziening/"));
            assertTrue(driver.findElement(By.cssSelector("form[action$='/melding'] textarea")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector(".delen .js-alleen")).isDisplayed(), "knoppen die JavaScript nodig hebben blijven weg");
            assertTrue(driver.findElement(By.id("deel-url")).getAttribute("value").contains("/voorziening/"), "deellink als tekst");
        }
    }

    @Test
    void keyboardOnlyTheSkipLinkComesFirstAndFocusIsAlwaysVisible() throws Exception {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(url("/"));
            Actions toetsen = new Actions(driver);

            toetsen.sendKeys(Keys.TAB).perform();
            WebElement skiplink = driver.switchTo().activeElement();
            assertEquals("Ga direct naar de inhoud", skiplink.getText());
            assertFocusZichtbaar(driver, skiplink);
            browser.screenshot("toetsenbord-skiplink");

            toetsen.sendKeys(Keys.ENTER).perform();
            toetsen.sendKeys(Keys.TAB).perform();
            assertEquals("q", driver.switchTo().activeElement().getAttribute("id"), "na de skiplink het zoekveld in de inhoud");
            assertFocusZichtbaar(driver, driver.switchTo().activeElement());

            toetsen.sendKeys("huiskamer").perform();
            toetsen.sendKeys(Keys.TAB).perform();
            assertEquals("kern", driver.switchTo().activeElement().getAttribute("id"));
            assertFocusZichtbaar(driver, driver.switchTo().activeElement());
            toetsen.sendKeys(Keys.TAB).perform();
            WebElement knop = driver.switchTo().activeElement();
            assertEquals("button", knop.getTagName());
            assertFocusZichtbaar(driver, knop);
            toetsen.sendKeys(Keys.ENTER).perform();
            browser.wacht().until(ExpectedConditions.urlContains("/zoeken?q=huiskamer"));

            // past the filters with the in-page skip link, then the first result
            for (int i = 0; i < 40 && !driver.switchTo().activeElement().getText().startsWith("Sla de filters over"); i++) {
                toetsen.sendKeys(Keys.TAB).perform();
                assertFocusZichtbaar(driver, driver.switchTo().activeElement());
            }
            assertTrue(driver.switchTo().activeElement().getText().startsWith("Sla de filters over"), "link langs de filters");
            toetsen.sendKeys(Keys.ENTER).perform();
            toetsen.sendKeys(Keys.TAB).perform();
            WebElement link = driver.switchTo().activeElement();
            assertEquals("a", link.getTagName(), "een resultaat is met Tab te bereiken");
            assertFalse(link.findElements(By.xpath("ancestor::li[contains(@class,'resultaat')]")).isEmpty(), "de eerste resultaatlink");
            assertFocusZichtbaar(driver, link);
            toetsen.sendKeys(Keys.ENTER).perform();
            browser.wacht().until(ExpectedConditions.urlContains("/voorziening/"));
        }
    }

    @Test
    void axeFindsNoViolationsOnHomeResultsDetailAndKernPage() throws Exception {
        String axe;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(AXE)) {
            assertNotNull(in, "axe-core webjar op het testclasspath");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Browser browser = Browser.start()) {
            StringBuilder fouten = new StringBuilder();
            for (String pad : List.of("/", "/zoeken?q=huiskamer", detailUrl, "/kern/gendt", "/thema/ontmoeting",
                    "/toegankelijkheid", "/zoeken?q=xyzzyqq")) {
                browser.driver().get(url(pad));
                JavascriptExecutor js = (JavascriptExecutor) browser.driver();
                js.executeScript(axe);
                Object uitkomst = js.executeAsyncScript("var klaar = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                        + ".then(function (r) { klaar(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): '"
                        + " + v.help + ' @ ' + v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 5).join(', '); })); })"
                        + ".catch(function (e) { klaar(['axe faalde: ' + e]); });");
                @SuppressWarnings("unchecked")
                List<String> gevonden = (List<String>) uitkomst;
                if (!gevonden.isEmpty()) {
                    fouten.append(pad).append(":\n  ").append(String.join("\n  ", gevonden)).append('\n');
                }
            }
            assertEquals("", fouten.toString(), "axe-core overtredingen");
        }
    }

    @Test
    void screenshotsOfEachMainPageOnDesktopAndPhone() throws Exception {
        Map<String, String> paginas = new java.util.LinkedHashMap<>();
        paginas.put("home", "/?kern=gendt");
        paginas.put("zoeken", "/zoeken?q=huiskamer");
        paginas.put("detail", detailUrl);
        paginas.put("kern", "/kern/gendt");
        paginas.put("thema", "/thema/ontmoeting");
        paginas.put("kernen", "/kernen");
        paginas.put("toegankelijkheid", "/toegankelijkheid");
        paginas.put("privacy", "/privacy");
        paginas.put("home-engels", "/?lang=en");
        try (Browser browser = Browser.start()) {
            for (Map.Entry<String, String> p : paginas.entrySet()) {
                browser.driver().get(url(p.getValue()));
                assertTrue(Files.size(browser.screenshotVolledig("pagina-" + p.getKey())) > 10_000, p.getKey());
            }
            browser.driver().manage().deleteAllCookies(); // ?lang=en is remembered; the rest in Dutch again
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.driver().get(url("/zoeken?q=huiskamer"));
            browser.screenshotVolledig("telefoon-zoeken-lijst");
            browser.driver().findElement(By.cssSelector("[data-weergave=kaart]")).click();
            assertTrue(browser.driver().findElement(By.id("kaart")).isDisplayed(), "kaart na de wisselknop");
            assertFalse(browser.driver().findElement(By.cssSelector(".resultaten")).isDisplayed(), "lijst verborgen");
            browser.screenshotVolledig("telefoon-zoeken-kaart");
            browser.driver().get(url(detailUrl));
            browser.screenshotVolledig("telefoon-detail");
        }
    }

    @Test
    void theInterfaceChromeIsInEnglishOnRequest() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver().get(url("/?lang=en"));
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Find help and activities near you", browser.driver().findElement(By.tagName("h1")).getText());
            browser.driver().get(url("/zoeken?q=huiskamer"));
            assertEquals("Apply filters", browser.driver().findElement(By.cssSelector(".filters button[type=submit]")).getText(),
                    "de keuze wordt onthouden");
            assertTrue(browser.driver().getTitle().startsWith("Search for huiskamer"), browser.driver().getTitle());
            browser.driver().get(url(detailUrl));
            assertEquals("Opening hours", browser.driver().findElement(By.cssSelector(".locatie h3")).getText());
            assertTrue(browser.driver().findElement(By.cssSelector(".openingstijden")).getText()
                    .matches("(?s).*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday).*"));
            browser.screenshotVolledig("pagina-detail-engels");

            browser.driver().findElement(By.cssSelector("footer a[lang=nl]")).click();
            browser.wacht().until(ExpectedConditions.urlContains("lang=nl"));
            assertEquals("Openingstijden", browser.driver().findElement(By.cssSelector(".locatie h3")).getText());
            assertEquals("nl", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        }
    }

    private static void assertFocusZichtbaar(WebDriver driver, WebElement element) {
        String stijl = (String) ((JavascriptExecutor) driver).executeScript(
                "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", element);
        assertFalse(stijl.startsWith("none"), "zichtbare focus op " + element.getTagName() + ": " + stijl);
        assertFalse(stijl.endsWith(" 0px"), "zichtbare focus op " + element.getTagName() + ": " + stijl);
    }

    private static int getal(String aantal) {
        return Integer.parseInt(aantal.replaceAll("\\D", ""));
    }

    private String url(String pad) {
        return server.getURL() + pad;
    }

}
