package nl.socialekaart.portal.beheer.sturing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.taxonomie.Thema;
import nl.socialekaart.directory.taxonomie.ThemaRepository;
import nl.socialekaart.directory.testdata.EigenDatabase;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.zoeklog.ZoeklogRepository;
import nl.socialekaart.directory.zoeklog.Zoekopdracht;
import nl.socialekaart.portal.Browser;
import nl.socialekaart.portal.beheer.BrowserInloggen;
import nl.socialekaart.portal.beheer.Inloggen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /beheer/sturing over the demo data: the numbers, the CSV downloads, who may see them, and how it looks. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SturingPaginaIT implements MetEmbeddedStack {

    private Map<String, String> eigenDatabase;

    /**
     * Exactly the demo data: other tests add kernen and voorzieningen to the shared database. Made once: the
     * test framework may ask for the properties again.
     */
    @Override
    public Map<String, String> getProperties() {
        if (eigenDatabase == null) {
            eigenDatabase = EigenDatabase.eigenschappen(MetEmbeddedStack.super.getProperties(), "sturing_pagina");
        }
        return eigenDatabase;
    }

    @Inject
    @Client("/")
    HttpClient http;

    @Inject EmbeddedServer server;
    @Inject ZoeklogRepository zoeklog;
    @Inject ThemaRepository themas;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    /** The test stack's database outlives one run: texts unique to this run keep the counts exact. */
    private final String uniek = Long.toString(System.nanoTime(), 36);

    @BeforeAll
    void zoekvragenVanInwoners() {
        for (int i = 0; i < 3; i++) {
            zoeklog.save(new Zoekopdracht(null, null, "zwemles " + uniek, "kern=gendt", "gendt", 0, Zoekopdracht.Bron.PAGINA));
        }
        zoeklog.save(new Zoekopdracht(null, null, "huiskamer " + uniek, "kern=gendt", "gendt", 5, Zoekopdracht.Bron.PAGINA));
    }

    @Test
    void redacteurSeesCoverageStaleEntriesAndSearchesWithoutResults() {
        String html = get("/beheer/sturing", DemoGebruikers.REDACTEUR).body();

        assertTrue(html.contains("<th scope=\"col\">Ontmoeting en meedoen</th>"), "thema als kolomkop");
        assertTrue(html.contains("<th scope=\"row\">Huissen</th>"), "kern als rijkop");
        assertTrue(html.contains("Elke kern heeft aanbod voor elk thema."), "demodata heeft geen gaten");
        // stale: 56 of 226 demo entries were last checked more than six months before today (Nov 2026)
        assertTrue(html.matches("(?s).*<strong>\\d+ van de 226 gepubliceerde voorzieningen</strong>.*"), "actualiteit");
        assertTrue(html.contains("<th scope=\"row\">zwemles " + uniek + "</th>"), "zoekvraag zonder resultaat");
        assertTrue(html.contains("<th scope=\"row\">Algemene voorziening</th>\n    <td class=\"getal\">199</td>"), "soort");
        assertTrue(html.contains("<rect x=\"0\" y=\"0\" height=\"10\" width=\"100\">"), "langste staaf is 100%");
        assertTrue(!html.contains("style="), "geen inline stijl (CSP)");
    }

    @Test
    void aThemaWithoutAanbodShowsMarkedEmptyCellsNotByColourAlone() throws Exception {
        Thema leeg = themas.save(new Thema(null, "sturing-pagina-leeg", "Zonder aanbod", null, 0, null));
        try {
            String html = get("/beheer/sturing", DemoGebruikers.BEHEERDER).body();
            assertTrue(html.contains("22 combinaties van kern en thema hebben geen aanbod"), "samenvatting");
            assertTrue(html.contains("<td class=\"getal leeg\">"), "lege cel gemarkeerd");
            assertTrue(html.contains("<span class=\"leeg-tekst\"> geen</span>"), "in woorden, niet alleen kleur");
            try (Browser browser = Browser.start()) {
                String basis = "http://localhost:" + server.getPort();
                BrowserInloggen.als(browser, basis, DemoGebruikers.BEHEERDER);
                browser.driver().get(basis + "/beheer/sturing#dekking");
                browser.screenshot("beheer-sturing-leeg-thema");
            }
        } finally {
            themas.delete(leeg);
        }
    }

    @Test
    void coverageCsvHasOneRowPerKernAndOneColumnPerThema() {
        HttpResponse<String> csv = get("/beheer/sturing/dekking.csv", DemoGebruikers.BEHEERDER);

        assertEquals(HttpStatus.OK, csv.getStatus());
        assertTrue(csv.getContentType().orElseThrow().toString().startsWith("text/csv"));
        assertTrue(csv.getHeaders().get("Content-Disposition").contains("dekking.csv"));
        String[] regels = csv.body().replace("\uFEFF", "").split("\r\n");
        assertEquals(1 + 22, regels.length, "kop + 22 kernen");
        assertTrue(regels[0].startsWith("kern;gebied;Geld en schulden;Ontmoeting en meedoen;"), regels[0]);
        assertTrue(java.util.Arrays.asList(regels).contains("Huissen;Huissen;12;22;7;11;4;11;5;9;4;5;6;17"),
                String.join("\n", regels));
    }

    @Test
    void otherCsvDownloads() {
        assertTrue(get("/beheer/sturing/soort.csv", DemoGebruikers.REDACTEUR).body().contains("ALGEMEEN;199\r\n"));
        assertTrue(get("/beheer/sturing/toegang.csv", DemoGebruikers.REDACTEUR).body().contains("VIA_VERWIJZING;14\r\n"));
        assertTrue(get("/beheer/sturing/zonder-resultaat.csv", DemoGebruikers.REDACTEUR).body()
                .contains("Gendt;zwemles " + uniek + ";3;3\r\n"));
        assertTrue(get("/beheer/sturing/meest-gezocht.csv", DemoGebruikers.REDACTEUR).body()
                .contains("Gendt;huiskamer " + uniek + ";1;0\r\n"));
        assertTrue(get("/beheer/sturing/actualiteit.csv", DemoGebruikers.REDACTEUR).body().contains("\r\n226;0;"), "gepubliceerd;nooit;...");
    }

    @Test
    void aanbiederAndProfessionalMayNotSeeSteering() {
        assertEquals(HttpStatus.FORBIDDEN, get("/beheer/sturing", DemoGebruikers.AANBIEDER).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, get("/beheer/sturing/dekking.csv", DemoGebruikers.PROFESSIONAL).getStatus());
    }

    @Test
    void screenshotInChromium() throws Exception {
        try (Browser browser = Browser.start()) {
            String basis = "http://localhost:" + server.getPort();
            BrowserInloggen.als(browser, basis, DemoGebruikers.BEHEERDER);
            browser.driver().get(basis + "/beheer/sturing#soort");
            assertEquals("Sturing", browser.driver().findElement(By.tagName("h1")).getText());
            Path bestand = browser.screenshot("beheer-sturing-soort");
            browser.driver().get(basis + "/beheer/sturing");
            browser.screenshot("beheer-sturing");
            assertTrue(Files.size(bestand) > 10_000);
            // the bars have their length (SVG attribute, allowed by the CSP)
            assertTrue(browser.driver().findElements(By.cssSelector("svg.staaf rect")).getFirst()
                    .getRect().getWidth() > 100);
        }
    }

    private HttpResponse<String> get(String pad, String account) {
        String cookie = Inloggen.als(client(), account);
        try {
            return client().exchange(HttpRequest.GET(pad).header("Cookie", cookie), String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> antwoord = (HttpResponse<String>) e.getResponse();
            return antwoord;
        }
    }
}
