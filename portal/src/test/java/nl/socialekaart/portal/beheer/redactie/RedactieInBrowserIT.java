package nl.socialekaart.portal.beheer.redactie;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.gebruiker.GebruikerRepository;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.redactie.Redactie;
import nl.socialekaart.directory.redactie.VoorzieningInvoer;
import nl.socialekaart.directory.taxonomie.ThemaRepository;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.portal.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editing in a real browser (headless Chromium): a REDACTEUR edits and saves, a second session with the same
 * form open is refused, an AANBIEDER proposes a change, the REDACTEUR approves it and it is found by the public
 * search; the time from the approving click to the search finding it is measured.
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedactieInBrowserIT implements MetEmbeddedStack {

    @Inject EmbeddedServer server;
    @Inject Redactie redactie;
    @Inject GebruikerRepository gebruikers;
    @Inject KernRepository kernen;
    @Inject ThemaRepository themas;
    @Inject VoorzieningWeergaveReader weergaven;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void editConflictProposalApprovalAndTheChangeInPublicSearch() throws Exception {
        Browser.vereist();
        String uniek = UUID.randomUUID().toString().substring(0, 8);
        UUID aanbieder = gebruikers.findByEmail(DemoGebruikers.AANBIEDER).orElseThrow().aanbiederId();
        UUID id = redactie.bewaar(null, null, new VoorzieningInvoer(aanbieder.toString(), "Leesclub Browser " + uniek,
                "Samen een boek bespreken.", "Eens per maand in de bibliotheek.", "ALGEMEEN", "VRIJ_TOEGANKELIJK",
                "GRATIS", null, "026 - 123 45 67", null, null, "GEPUBLICEERD", null, null,
                List.of(themas.findByCode("ontmoeting").orElseThrow().id().toString()), List.of(),
                List.of(kernen.findAllOrderByNaam().getFirst().id().toString()), List.of(), List.of()), "test").id();
        String bewerken = url("/beheer/voorzieningen/" + id);

        try (Browser redacteur = Browser.start()) {
            Browser collega = Browser.start();
            Browser bibliotheek = Browser.start();
            String nieuweNaam = "Leesclub Vernieuwd " + uniek;
            try {
                inloggen(redacteur, DemoGebruikers.REDACTEUR);
                inloggen(collega, DemoGebruikers.REDACTEUR);
                redacteur.driver().get(bewerken);
                collega.driver().get(bewerken); // both have version n open

                vervang(redacteur, "korteOmschrijving", "Samen een boek bespreken, met koffie.");
                redacteur.driver().findElement(By.cssSelector("form.formulier button[type=submit]")).click();
                redacteur.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "opgeslagen"));
                redacteur.screenshot("redactie-1-opgeslagen");

                vervang(collega, "korteOmschrijving", "Boeken bespreken zonder koffie.");
                collega.driver().findElement(By.cssSelector("form.formulier button[type=submit]")).click();
                collega.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("conflict")));
                String conflict = collega.driver().findElement(By.id("conflict")).getText();
                assertTrue(conflict.contains("met koffie") && conflict.contains("zonder koffie"), conflict);
                collega.screenshot("redactie-2-conflict");

                inloggen(bibliotheek, DemoGebruikers.AANBIEDER);
                bibliotheek.driver().get(bewerken);
                vervang(bibliotheek, "naam", nieuweNaam);
                bibliotheek.driver().findElement(By.cssSelector("form.formulier button[type=submit]")).click();
                bibliotheek.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "ingediend"));
                bibliotheek.screenshot("redactie-3-ingediend");
                assertTrue(!gevonden(nieuweNaam, id), "nog niet openbaar voor goedkeuring");
            } finally {
                // also: two browsers fewer on two cores while the time is measured
                collega.close();
                bibliotheek.close();
            }

            redacteur.driver().get(url("/beheer/beoordelen"));
            redacteur.driver().findElement(By.linkText("Leesclub Browser " + uniek)).click();
            redacteur.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("goedkeuren")));
            assertTrue(redacteur.driver().findElement(By.tagName("main")).getText().contains(nieuweNaam));
            redacteur.screenshot("redactie-4-vergelijking");

            long klik = System.nanoTime();
            redacteur.driver().findElement(By.id("goedkeuren")).click();
            long klikKlaar = (System.nanoTime() - klik) / 1_000_000;
            while (!gevonden(nieuweNaam, id)) {
                if (System.nanoTime() - klik > 10_000_000_000L) {
                    throw new AssertionError("goedgekeurde wijziging niet binnen 10 s in /api/v1/zoeken");
                }
                Thread.sleep(20);
            }
            long ms = (System.nanoTime() - klik) / 1_000_000;
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.writeString(Path.of("target", "screenshots", "redactie-goedkeuren-tot-zoeken-ms.txt"),
                    "klik tot gevonden: " + ms + " ms; klik tot pagina geladen: " + klikKlaar + " ms\n");
            System.out.println("Van klik op goedkeuren tot gevonden in /api/v1/zoeken: " + ms + " ms (pagina na de klik geladen na "
                    + klikKlaar + " ms)");
            assertTrue(ms < 2000, "binnen 2 s in de zoekresultaten, was " + ms + " ms");

            redacteur.driver().get(url("/zoeken?q=" + URLEncoder.encode(nieuweNaam, StandardCharsets.UTF_8)));
            assertTrue(redacteur.driver().findElement(By.tagName("main")).getText().contains(nieuweNaam));
            redacteur.screenshot("redactie-5-openbaar-gevonden");
        }
    }

    @Test
    void clickingTheLocatieMapMovesTheMarkerAndFillsTheCoordinatesThatAreSaved() throws Exception {
        Browser.vereist();
        var demo = weergaven.lees(UUID.fromString(eersteHuiskamer())).orElseThrow().locaties().getFirst();
        try (Browser redacteur = Browser.start()) {
            inloggen(redacteur, DemoGebruikers.REDACTEUR);
            redacteur.driver().get(url("/beheer/locaties/nieuw"));
            redacteur.driver().findElement(By.id("naam")).sendKeys("Wijkpunt Kaart " + UUID.randomUUID().toString().substring(0, 8));
            redacteur.driver().findElement(By.id("postcode")).sendKeys(demo.postcode());
            new Select(redacteur.driver().findElement(By.id("kernId"))).selectByIndex(1);
            redacteur.driver().findElement(By.id("latitude")).sendKeys(String.valueOf(demo.punt().lat()));
            redacteur.driver().findElement(By.id("longitude")).sendKeys(String.valueOf(demo.punt().lon()), Keys.TAB);
            WebElement kaart = redacteur.driver().findElement(By.id("locatie-kaart"));
            assertTrue(kaart.isDisplayed(), "de kaart verschijnt met JavaScript");

            new Actions(redacteur.driver()).moveToElement(kaart, 60, 40).click().perform();
            redacteur.wacht().until(d -> "ja".equals(kaart.getDomAttribute("data-verplaatst")));
            String lat = redacteur.driver().findElement(By.id("latitude")).getDomProperty("value");
            String lon = redacteur.driver().findElement(By.id("longitude")).getDomProperty("value");
            assertTrue(!lat.equals(String.valueOf(demo.punt().lat())), "punt verplaatst: " + lat);
            assertEquals(1, redacteur.driver().findElements(By.cssSelector("#locatie-kaart .leaflet-marker-icon")).size());
            redacteur.screenshot("redactie-6-locatie-kaart");

            redacteur.driver().findElement(By.cssSelector("form.formulier button[type=submit]")).click();
            redacteur.wacht().until(ExpectedConditions.urlMatches("/beheer/locaties/[0-9a-f-]{36}$"));
            double bewaard = Double.parseDouble(redacteur.driver().findElement(By.id("latitude")).getDomProperty("value"));
            assertEquals(Double.parseDouble(lat), bewaard, 0.000001, "het aangeklikte punt is opgeslagen");
            assertEquals(Double.parseDouble(lon),
                    Double.parseDouble(redacteur.driver().findElement(By.id("longitude")).getDomProperty("value")), 0.000001);
        }
    }

    private String eersteHuiskamer() {
        JsonNode antwoord = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/zoeken?q=huiskamer"), JsonNode.class);
        return antwoord.get("resultaten").get(0).get("id").getStringValue();
    }

    private void inloggen(Browser browser, String email) {
        browser.driver().get(url("/beheer/inloggen"));
        browser.driver().findElement(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("wachtwoord")).sendKeys(DemoGebruikers.WACHTWOORD);
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.urlToBe(url("/beheer")));
    }

    private static void vervang(Browser browser, String veld, String waarde) {
        WebElement element = browser.driver().findElement(By.id(veld));
        element.clear();
        element.sendKeys(waarde);
    }

    private boolean gevonden(String naam, UUID id) {
        JsonNode antwoord = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/zoeken?q="
                + URLEncoder.encode(naam, StandardCharsets.UTF_8)), JsonNode.class);
        for (JsonNode t : antwoord.get("resultaten").values()) {
            if (t.get("id").getStringValue().equals(id.toString()) && t.get("naam").getStringValue().equals(naam)) {
                return true;
            }
        }
        return false;
    }

    private String url(String pad) {
        return server.getURL() + pad;
    }
}
