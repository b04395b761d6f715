package nl.socialekaart.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, run headless as a plain process: it renders the page with JavaScript, and we read
 * the resulting DOM or a screenshot. No driver and nothing downloaded. Without Chromium on the machine
 * the browser tests are skipped, unless SOCIALE_KAART_BROWSERTESTS=verplicht (as in CI), which makes
 * a missing browser a failure.
 */
public final class HeadlessChromium {

    private static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {
    }

    public static void vereist() {
        boolean aanwezig = Files.isExecutable(BINARY);
        if (!aanwezig && "verplicht".equals(System.getenv("SOCIALE_KAART_BROWSERTESTS"))) {
            throw new IllegalStateException("Chromium ontbreekt op " + BINARY + " (apt-get install chromium)");
        }
        assumeTrue(aanwezig, "Chromium niet gevonden op " + BINARY + "; browsertests overgeslagen");
    }

    /** The DOM after the page's scripts ran. */
    public static String dom(String url) throws IOException, InterruptedException {
        return run(url, List.of("--virtual-time-budget=5000", "--dump-dom"));
    }

    public static Path screenshot(String naam, String url) throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        Path bestand = SCREENSHOTS.resolve(naam + ".png").toAbsolutePath();
        run(url, List.of("--virtual-time-budget=5000", "--window-size=1280,1400", "--screenshot=" + bestand));
        return bestand;
    }

    private static String run(String url, List<String> extra) throws IOException, InterruptedException {
        Path profiel = Files.createTempDirectory("chromium-profiel");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profiel));
        command.addAll(extra);
        command.add(url);
        // output to a file, so the time limit holds also when Chromium hangs without closing its output
        Path uitvoer = Files.createTempFile(profiel, "uitvoer", ".txt");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(uitvoer.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium reageerde niet binnen 60 s op " + url);
        }
        return Files.readString(uitvoer, StandardCharsets.UTF_8);
    }
}
