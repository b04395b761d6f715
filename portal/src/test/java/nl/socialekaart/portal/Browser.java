package nl.socialekaart.portal;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven through Debian's ChromeDriver (WebDriver), for tests that click, type and
 * log in. Both binaries are given explicitly, so Selenium Manager never looks for or downloads a
 * browser. Without them the tests are skipped, unless SOCIALE_KAART_BROWSERTESTS=verplicht (as in
 * CI), which makes a missing browser a failure.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profiel;

    private Browser(boolean javascript) throws IOException {
        profiel = Files.createTempDirectory("chromium-profiel");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + profiel);
        // a Dutch resident's browser: the interface language follows Accept-Language (English only when asked for)
        options.addArguments("--lang=nl-NL");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        // every wait is short and explicit: a busy renderer fails the test in seconds, not after the defaults'
        // ten minutes (issue 18)
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        options.setScriptTimeout(Duration.ofSeconds(10));
        driver = new ChromeDriver(service, options,
                ClientConfig.defaultConfig().connectionTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(45)));
    }

    /** Skips the calling test when the browser is missing, or fails it where browsers are required. */
    public static void vereist() {
        boolean aanwezig = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!aanwezig && "verplicht".equals(System.getenv("SOCIALE_KAART_BROWSERTESTS"))) {
            throw new IllegalStateException("Chromium of ChromeDriver ontbreekt op " + CHROMIUM + " / " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)");
        }
        assumeTrue(aanwezig, "Chromium/ChromeDriver niet gevonden; browsertests overgeslagen");
    }

    public static Browser start() throws IOException {
        vereist();
        return new Browser(true);
    }

    public static Browser zonderJavaScript() throws IOException {
        vereist();
        return new Browser(false);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait wacht() {
        return wacht(Duration.ofSeconds(10));
    }

    /**
     * Waits that survive the page being replaced under them: pages that reload themselves (progress pages) make
     * an element found a moment ago stale, which means "look again", not "fail".
     */
    public WebDriverWait wacht(Duration hoeLang) {
        WebDriverWait wacht = new WebDriverWait(driver, hoeLang);
        wacht.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wacht;
    }

    /** Keeps a screenshot of the current page under target/screenshots as a test artifact. */
    public Path screenshot(String naam) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path bestand = SCREENSHOTS.resolve(naam + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), bestand, StandardCopyOption.REPLACE_EXISTING);
        return bestand;
    }

    /** A screenshot of the whole page, not just the window: the window is made as tall as the page for it. */
    public Path screenshotVolledig(String naam) throws IOException {
        org.openqa.selenium.Dimension venster = driver.manage().window().getSize();
        Number hoogte = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(venster.getWidth(), Math.min(hoogte.intValue() + 150, 8000)));
        try {
            return screenshot(naam);
        } finally {
            driver.manage().window().setSize(venster);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var bestanden = Files.walk(profiel)) {
            bestanden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
