package nl.socialekaart.portal.beheer.importeren;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.portal.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A redacteur imports 5,000 rows in Chromium: the progress bar moves (script), and without script the page refreshes. */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportInBrowserIT implements MetEmbeddedStack {

    @Inject EmbeddedServer server;
    @Inject DataSource dataSource;

    @BeforeEach
    void chromium() {
        Browser.vereist();
    }

    @AfterAll
    void opruimen() throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from voorziening where extern_id like 'browser-%'");
        }
    }

    @Test
    void progressBarMovesWhileFiveThousandRowsAreWritten() throws Exception {
        Path bestand = bestand("browser-js-", 5000);
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            inloggen(driver, browser.wacht());
            driver.get(server.getURL() + "/beheer/import");
            driver.findElement(By.id("bestand")).sendKeys(bestand.toAbsolutePath().toString());
            driver.findElement(By.cssSelector("form[action='/beheer/import'] button")).click();
            browser.wacht(Duration.ofMinutes(2)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "rijen zijn goed"));
            browser.screenshot("import-gecontroleerd");
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("5000 rijen zijn goed"));

            driver.findElement(By.id("modus-alles")).click();
            driver.findElement(By.cssSelector("form[action$='/uitvoeren'] button")).click();
            List<Integer> standen = new ArrayList<>();
            boolean geschoten = false;
            long tot = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < tot && !hoofdtekst(driver).contains("voorzieningen toegevoegd")) {
                try {
                    List<org.openqa.selenium.WebElement> balk = driver.findElements(By.id("voortgang-balk"));
                    if (!balk.isEmpty()) {
                        int stand = Integer.parseInt(balk.getFirst().getDomProperty("value"));
                        standen.add(stand);
                        if (!geschoten && stand > 0) {
                            browser.screenshot("import-voortgang");
                            geschoten = true;
                        }
                    }
                } catch (org.openqa.selenium.WebDriverException | NumberFormatException e) {
                    // the script reloaded the page between finding and reading
                }
                Thread.sleep(100);
            }
            browser.screenshot("import-klaar");
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("5000 voorzieningen toegevoegd"),
                    driver.findElement(By.tagName("main")).getText());
            assertTrue(standen.stream().anyMatch(s -> s > 0 && s < 100), "tussenstanden van de balk: " + standen);
        }
        assertEquals(5000, tel("select count(*) from voorziening where extern_id like 'browser-js-%'"));
    }

    @Test
    void withoutJavaScriptThePageRefreshesUntilTheDryRunIsDone() throws Exception {
        Path bestand = bestand("browser-nojs-", 3000);
        try (Browser browser = Browser.zonderJavaScript()) {
            WebDriver driver = browser.driver();
            inloggen(driver, browser.wacht());
            driver.get(server.getURL() + "/beheer/import");
            driver.findElement(By.id("bestand")).sendKeys(bestand.toAbsolutePath().toString());
            driver.findElement(By.cssSelector("form[action='/beheer/import'] button")).click();

            browser.wacht(Duration.ofMinutes(2)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "3000 rijen zijn goed"));
            browser.screenshot("import-zonder-javascript");
        }
    }

    /** The main text, or "" while the script reloads the page under us. */
    private static String hoofdtekst(WebDriver driver) {
        try {
            return driver.findElement(By.tagName("main")).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            return "";
        }
    }

    private void inloggen(WebDriver driver, WebDriverWait wacht) {
        driver.get(server.getURL() + "/beheer/inloggen");
        driver.findElement(By.id("email")).sendKeys(DemoGebruikers.REDACTEUR);
        driver.findElement(By.id("wachtwoord")).sendKeys(DemoGebruikers.WACHTWOORD);
        driver.findElement(By.cssSelector("form[action='/beheer/inloggen'] button")).click();
        wacht.until(ExpectedConditions.urlMatches(".*/beheer$"));
    }

    private static Path bestand(String voorvoegsel, int rijen) throws Exception {
        StringBuilder csv = new StringBuilder(ImportIT.KOP);
        for (int i = 0; i < rijen; i++) {
            csv.append(ImportIT.rij(voorvoegsel + i, "Browserimport " + i, "Omschrijving " + i, "", "CONCEPT"));
        }
        Path pad = Path.of("target", voorvoegsel + "aanbod.csv");
        Files.createDirectories(pad.getParent());
        Files.writeString(pad, csv, StandardCharsets.UTF_8);
        return pad;
    }

    private long tel(String sql) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
