package nl.socialekaart.portal.professional.verwijzing;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.portal.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole referral in headless Chromium, as two people in two browsers: the professional searches,
 * builds a shortlist, downloads its PDF and refers a client; the aanbieder (Bibliotheek Rijn &amp; Linge)
 * accepts; the professional sees "geaccepteerd".
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerwijzingInBrowserIT implements MetEmbeddedStack {

    static final UUID TAALCAFE = UUID.nameUUIDFromBytes("voorziening:lw-taalcafe-huissen".getBytes(StandardCharsets.UTF_8));

    @Inject EmbeddedServer server;

    @Test
    void professionalRefersAanbiederAcceptsProfessionalSeesAccepted() throws Exception {
        String basis = "http://localhost:" + server.getPort();
        String client = "M.B. " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser professional = Browser.start(); Browser aanbieder = Browser.start()) {
            WebDriver pro = professional.driver();
            inloggen(professional, basis, DemoGebruikers.PROFESSIONAL);

            pro.get(basis + "/professional/zoeken");
            pro.findElement(By.id("q")).sendKeys("taalcafé");
            pro.findElement(By.cssSelector("form[role=search] button")).click();
            professional.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("kies-" + TAALCAFE)));
            pro.findElement(By.id("kies-" + TAALCAFE)).click();
            pro.findElement(By.id("zet-op-lijstje")).click();
            professional.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("naar-lijstje"))).click();
            professional.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("pdf-downloaden")));
            assertTrue(pro.getPageSource().contains("Taalcaf"), "de voorziening staat op het lijstje");
            professional.screenshot("verwijzing-1-lijstje");

            // download the PDF with the browser's own session, as clicking the link does
            String pdfUrl = pro.findElement(By.id("pdf-downloaden")).getAttribute("href");
            Object begin = ((JavascriptExecutor) pro).executeAsyncScript("""
                    const klaar = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer()).then(b =>
                        klaar(r0(b))).catch(e => klaar('fout: ' + e));
                    function r0(b) { return String.fromCharCode(...new Uint8Array(b).slice(0, 5)); }
                    """, pdfUrl);
            assertEquals("%PDF-", begin);

            pro.get(basis + "/professional/voorzieningen/" + TAALCAFE);
            pro.findElement(By.id("naam")).sendKeys(client);
            pro.findElement(By.id("bereikbaar")).sendKeys("06-12345678");
            new Select(pro.findElement(By.id("kern"))).selectByVisibleText("Huissen");
            pro.findElement(By.id("vraag")).sendKeys("Wil Nederlands oefenen met anderen.");
            pro.findElement(By.id("toestemming")).click();
            pro.findElement(By.id("verstuur-verwijzing")).click();
            professional.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "verstuurd"));
            String verwijzingUrl = pro.getCurrentUrl().replaceAll("\\?.*", "");
            professional.screenshot("verwijzing-2-verstuurd");

            WebDriver org = aanbieder.driver();
            inloggen(aanbieder, basis, DemoGebruikers.AANBIEDER);
            org.get(basis + "/beheer/verwijzingen");
            aanbieder.wacht().until(ExpectedConditions.presenceOfElementLocated(By.linkText(client))).click();
            aanbieder.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("keuze-accepteren"))).click();
            org.findElement(By.id("toelichting")).sendKeys("Welkom op donderdag.");
            org.findElement(By.id("verstuur-reactie")).click();
            aanbieder.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "geaccepteerd"));
            aanbieder.screenshot("verwijzing-3-geaccepteerd-door-aanbieder");

            pro.get(verwijzingUrl);
            professional.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "geaccepteerd"));
            assertTrue(pro.getPageSource().contains("Anna Aanbieder"), "contactpersoon van de aanbieder zichtbaar");
            professional.screenshot("verwijzing-4-professional-ziet-geaccepteerd");
        }
    }

    private static void inloggen(Browser browser, String basis, String email) {
        WebDriver driver = browser.driver();
        driver.get(basis + "/beheer/inloggen");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("wachtwoord")).sendKeys(DemoGebruikers.WACHTWOORD);
        driver.findElement(By.cssSelector("form.formulier button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".beheer-menu")));
    }
}
