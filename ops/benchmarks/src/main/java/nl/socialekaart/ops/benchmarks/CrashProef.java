package nl.socialekaart.ops.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The crash test of issue 13: the demo redacteur makes voorzieningen through beheer (real form posts over HTTP)
 * while the product's PostgreSQL postmaster, and in other rounds the product's JVM, is killed with SIGKILL. After
 * the last restart every voorziening whose post was answered with 303 must be in PostgreSQL and in the search index
 * exactly once. Run by {@code ops/benchmarks/crashproef.sh}; exits 1 when anything was lost or duplicated.
 */
public final class CrashProef {

    private static final String REDACTEUR = "redacteur@lingehart.demo.socialekaart.nl";
    private static final String DEMO_WACHTWOORD = "demo-wachtwoord";
    private static final Duration VERZOEK_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProductProces product;
    private final String merk = "crashproef" + Long.toString(System.nanoTime() % 1_000_000, 36);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** naam → id of every post answered with 303 */
    private final Map<String, UUID> bevestigd = new ConcurrentHashMap<>();
    private final AtomicInteger verstuurd = new AtomicInteger();
    private final AtomicInteger mislukt = new AtomicInteger();

    private CrashProef(ProductProces product) {
        this.product = product;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opties = new HashMap<>(Map.of("kills", "6", "per-ronde", "40", "poort", "18090"));
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            opties.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        Path werkmap = Path.of(opties.get("werkmap")).toAbsolutePath();
        try (ProductProces product = new ProductProces(Path.of(opties.get("jar")).toAbsolutePath(), werkmap,
                Integer.parseInt(opties.get("poort")))) {
            boolean goed = new CrashProef(product).voerUit(Integer.parseInt(opties.get("kills")),
                    Integer.parseInt(opties.get("per-ronde")));
            System.exit(goed ? 0 : 1);
        }
    }

    private boolean voerUit(int kills, int perRonde) throws Exception {
        long begin = System.nanoTime();
        for (int ronde = 0; ronde < kills; ronde++) {
            boolean database = ronde % 2 == 0;
            product.start();
            int voor = bevestigd.size();
            Thread bewerker = Thread.ofPlatform().name("bewerker").start(this::bewerkTotHetFaalt);
            ProductProces.wachtTot(perRonde + " bevestigde bewerkingen", Duration.ofMinutes(5),
                    () -> bevestigd.size() - voor >= perRonde || !bewerker.isAlive());
            if (database) {
                product.killPostmaster();
            } else {
                product.killJvm();
            }
            bewerker.join();
            if (database) {
                product.stop(); // what an operator does: restart the product whose database died
            }
            log("ronde " + (ronde + 1) + ": kill -9 " + (database ? "postmaster" : "JVM") + " na "
                    + (bevestigd.size() - voor) + " bevestigde bewerkingen");
        }
        product.start();
        return controleer(kills, Duration.ofNanos(System.nanoTime() - begin));
    }

    /**
     * Posts new voorzieningen one after the other; stops 2 s after the first post that got no 303, or after 25 such
     * posts (a dead server refuses fast: no need to count thousands).
     */
    private void bewerkTotHetFaalt() {
        String cookie = inloggen();
        String aanbieder = aanbiederVanRedacteur();
        long stopNa = Long.MAX_VALUE;
        int fouten = 0;
        while (System.nanoTime() < stopNa && fouten < 25) {
            String naam = "Crashproef " + merk + " " + verstuurd.incrementAndGet();
            Optional<UUID> id = maakVoorziening(cookie, aanbieder, naam);
            if (id.isPresent()) {
                bevestigd.put(naam, id.get());
            } else {
                mislukt.incrementAndGet();
                fouten++;
                stopNa = Math.min(stopNa, System.nanoTime() + Duration.ofSeconds(2).toNanos());
            }
        }
    }

    private Optional<UUID> maakVoorziening(String cookie, String aanbieder, String naam) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("aanbiederId", aanbieder);
        form.put("naam", naam);
        form.put("korteOmschrijving", "Bewerking tijdens de crashproef.");
        form.put("omschrijving", "Gemaakt terwijl PostgreSQL of de JVM met kill -9 werd gestopt.");
        form.put("soort", "ALGEMEEN");
        form.put("toegang", "VRIJ_TOEGANKELIJK");
        form.put("kosten", "GRATIS");
        form.put("status", "GEPUBLICEERD");
        try {
            HttpResponse<String> antwoord = http.send(formulier("/beheer/voorzieningen", form).header("Cookie", cookie)
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 303) {
                return Optional.empty();
            }
            String plaats = antwoord.headers().firstValue("Location").orElseThrow();
            return Optional.of(UUID.fromString(plaats.replaceAll(".*/voorzieningen/([0-9a-f-]{36}).*", "$1")));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private String inloggen() {
        try {
            HttpResponse<String> antwoord = http.send(formulier("/beheer/inloggen",
                    Map.of("email", REDACTEUR, "wachtwoord", DEMO_WACHTWOORD)).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = antwoord.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("SOCIALE_KAART_SESSIE=")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("inloggen mislukt: " + antwoord.statusCode()));
            return cookie.substring(0, cookie.indexOf(';'));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("inloggen mislukt", e);
        }
    }

    private HttpRequest.Builder formulier(String pad, Map<String, String> velden) {
        String body = velden.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + product.poort() + pad)).timeout(VERZOEK_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private String aanbiederVanRedacteur() {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(
                "SELECT aanbieder_id FROM gebruiker WHERE lower(email) = ?")) {
            s.setString(1, REDACTEUR);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("aanbieder van de redacteur niet gevonden", e);
        }
    }

    private boolean controleer(int kills, Duration duur) throws Exception {
        ProductProces.wachtTot("index bij met PostgreSQL", Duration.ofMinutes(3),
                () -> inIndex().size() == inDatabase().size());
        Map<UUID, String> database = inDatabase();
        List<String> index = inIndex();
        Set<UUID> indexIds = index.stream().map(UUID::fromString).collect(Collectors.toSet());
        long dubbelInDatabase = database.size() - database.values().stream().distinct().count();
        long dubbelInIndex = index.size() - indexIds.size();
        List<String> kwijt = new ArrayList<>();
        bevestigd.forEach((naam, id) -> {
            if (!naam.equals(database.get(id)) || !indexIds.contains(id)) {
                kwijt.add(naam + " (" + id + ")");
            }
        });
        System.out.printf("""

                | crash test (`ops/benchmarks/crashproef.sh`) | measured |
                |---|---|
                | kills | %d (postmaster %d, JVM %d), %d s in all |
                | posts sent / acknowledged (303) / not acknowledged | %d / %d / %d |
                | rows in PostgreSQL / documents in the index (this run) | %d / %d |
                | acknowledged but lost | **%d** |
                | duplicated (same name twice in PostgreSQL; same id twice in the index) | **%d**; **%d** |
                %n""", kills, (kills + 1) / 2, kills / 2, duur.toSeconds(), verstuurd.get(), bevestigd.size(),
                mislukt.get(), database.size(), index.size(), kwijt.size(), dubbelInDatabase, dubbelInIndex);
        kwijt.forEach(k -> System.out.println("kwijt: " + k));
        return kwijt.isEmpty() && dubbelInDatabase == 0 && dubbelInIndex == 0 && bevestigd.size() >= 1;
    }

    private Map<UUID, String> inDatabase() {
        Map<UUID, String> rijen = new HashMap<>();
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(
                "SELECT id, naam FROM voorziening WHERE naam LIKE ?")) {
            s.setString(1, "Crashproef " + merk + " %");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rijen.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
            return rijen;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL niet gelezen", e);
        }
    }

    /** The ids of the documents whose naam holds this run's mark, as the search index has them. */
    private List<String> inIndex() {
        String zoek = "{\"size\":10000,\"_source\":false,\"query\":{\"match\":{\"naam\":\"" + merk + "\"}}}";
        String gebruiker = "sociale_kaart:" + product.wachtwoord("elasticsearch.wachtwoord");
        try {
            HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(
                            URI.create(product.elasticsearchUrl() + "/voorzieningen/_search"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            gebruiker.getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(zoek)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode treffers = JSON.readTree(antwoord.body()).path("hits").path("hits");
            List<String> ids = new ArrayList<>();
            treffers.forEach(t -> ids.add(t.path("_id").asText()));
            return ids;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("index niet gelezen", e);
        }
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(product.jdbcUrl(), "sociale_kaart", product.wachtwoord("postgres.wachtwoord"));
    }

    private static void log(String regel) {
        System.out.println("[crashproef] " + regel);
    }
}
