package nl.socialekaart.search.relevantie;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.socialekaart.directory.DirectoryConfiguration;
import nl.socialekaart.directory.demo.DemoGemeente;
import nl.socialekaart.directory.outbox.Outbox;
import nl.socialekaart.directory.testdata.MetEmbeddedStack;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.search.zoeken.VoorzieningZoeker;
import nl.socialekaart.search.zoeken.Wachten;
import nl.socialekaart.search.zoeken.ZoekResultaat;
import nl.socialekaart.search.zoeken.ZoekVraag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relevance suite: every query of {@code relevantie/zoekvragen.tsv} through {@link VoorzieningZoeker}
 * (Elasticsearch) and through {@link PostgresFullTextBaseline}, scored with nDCG@5 against the judged demo
 * sleutels. Writes {@code target/relevantie.md}. Only demo voorzieningen count: other test classes in the same
 * JVM add test aanbod to the shared stack, and those rows are dropped from both result lists before scoring.
 */
@MicronautTest(environments = "demo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevantieIT implements MetEmbeddedStack {

    static final int K = 5;
    private static final int OPHALEN = 50;
    private static final Duration SYNC = Duration.ofSeconds(120);

    @Inject VoorzieningZoeker zoeker;
    @Inject Outbox outbox;
    @Inject DataSource dataSource;
    @Inject DirectoryConfiguration configuratie;
    @Inject JsonMapper jsonMapper;

    private final Map<UUID, String> demoSleutels = new HashMap<>();
    private List<RelevantieVraag> vragen;
    private PostgresFullTextBaseline baseline;

    @BeforeAll
    void laadDemoEnWachtOpDeIndex() {
        for (String bestand : configuratie.demoBestanden()) {
            for (DemoGemeente.VoorzieningGegevens v : leesDemo(bestand).voorzieningen()) {
                demoSleutels.put(demoId(v.sleutel()), v.sleutel());
            }
        }
        vragen = RelevantieVraag.lees();
        baseline = new PostgresFullTextBaseline(DelegatingDataSource.unwrapDataSource(dataSource));

        UUID huiskamerGendt = demoId("lw-huiskamer-gendt");
        Wachten.tot("demo in de index", SYNC, () -> zoeker.zoek(ZoekVraag.van("Huiskamer Gendt", null, 1, 20))
                .treffers().stream().anyMatch(w -> w.id().equals(huiskamerGendt)));
        Wachten.tot("outbox verwerkt", SYNC, () -> outbox.achterstand() == 0);
        Wachten.tot("alle demo-voorzieningen in de index", SYNC, () -> alleGeindexeerdeIds().containsAll(demoSleutels.keySet()));
    }

    @Test
    void suiteHasAtLeastFortyQueries() {
        assertTrue(vragen.size() >= 40, "zoekvragen: " + vragen.size());
    }

    @Test
    void everyExpectedSleutelExistsInTheDemoData() {
        Set<String> bekend = new HashSet<>(demoSleutels.values());
        List<String> onbekend = vragen.stream()
                .flatMap(v -> v.verwacht().keySet().stream()
                        .filter(s -> !bekend.contains(s))
                        .map(s -> "regel " + v.regel() + " (" + v.tekst() + "): " + s))
                .toList();
        assertTrue(onbekend.isEmpty(), "onbekende sleutels in " + RelevantieVraag.BESTAND + ": " + onbekend);
    }

    @Test
    void elasticsearchRanksBetterThanThePostgresFullTextBaseline() throws IOException {
        List<Meting> metingen = new ArrayList<>();
        for (RelevantieVraag vraag : vragen) {
            ZoekResultaat es = zoeker.zoek(ZoekVraag.van(vraag.tekst(), vraag.kern(), 1, OPHALEN));
            List<String> esTop = alleenDemo(es.treffers().stream().map(VoorzieningWeergave::id).toList());
            List<String> pgTop = alleenDemo(baseline.zoek(vraag.tekst(), vraag.kern(), OPHALEN));
            metingen.add(new Meting(vraag, esTop, pgTop,
                    Ndcg.op(K, esTop, vraag.verwacht()), Ndcg.op(K, pgTop, vraag.verwacht())));
        }
        double esGemiddeld = gemiddelde(metingen, Meting::es);
        double pgGemiddeld = gemiddelde(metingen, Meting::pg);

        Path rapport = Path.of(System.getProperty("basedir", "."), "target", "relevantie.md");
        Files.createDirectories(rapport.getParent());
        Files.writeString(rapport, rapport(metingen, esGemiddeld, pgGemiddeld), StandardCharsets.UTF_8);
        System.out.printf("Relevantie nDCG@%d over %d zoekvragen: Elasticsearch %.4f, PostgreSQL full-text %.4f (%s)%n",
                K, metingen.size(), esGemiddeld, pgGemiddeld, rapport.toAbsolutePath());

        assertTrue(esGemiddeld > pgGemiddeld,
                "Elasticsearch %.4f is niet beter dan de PostgreSQL-baseline %.4f; zie %s"
                        .formatted(esGemiddeld, pgGemiddeld, rapport));
    }

    record Meting(RelevantieVraag vraag, List<String> esTop, List<String> pgTop, double es, double pg) {
    }

    private List<String> alleenDemo(List<UUID> ids) {
        return ids.stream().map(demoSleutels::get).filter(s -> s != null).limit(K).toList();
    }

    private Set<UUID> alleGeindexeerdeIds() {
        Set<UUID> ids = new HashSet<>();
        for (int pagina = 1; ; pagina++) {
            ZoekResultaat r = zoeker.zoek(ZoekVraag.van(null, null, pagina, ZoekVraag.MAXIMUM_PER_PAGINA));
            r.treffers().forEach(w -> ids.add(w.id()));
            if (r.treffers().size() < ZoekVraag.MAXIMUM_PER_PAGINA || (long) pagina * ZoekVraag.MAXIMUM_PER_PAGINA >= r.totaal()) {
                return ids;
            }
        }
    }

    private DemoGemeente leesDemo(String bestand) {
        try (InputStream in = getClass().getResourceAsStream("/" + bestand)) {
            if (in == null) {
                throw new IllegalStateException("demodata niet gevonden: " + bestand);
            }
            return jsonMapper.readValue(in, DemoGemeente.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As DemoGemeenteWriter.id("voorziening", sleutel). */
    static UUID demoId(String sleutel) {
        return UUID.nameUUIDFromBytes(("voorziening:" + sleutel).getBytes(StandardCharsets.UTF_8));
    }

    private static double gemiddelde(List<Meting> metingen, ToDoubleFunction<Meting> waarde) {
        return metingen.stream().mapToDouble(waarde).average().orElse(0);
    }

    private static String rapport(List<Meting> metingen, double es, double pg) {
        StringBuilder md = new StringBuilder();
        md.append("# Relevantie: nDCG@").append(K).append("\n\n")
                .append("Gemeten ").append(LocalDate.now()).append(" over ").append(metingen.size())
                .append(" zoekvragen uit `src/test/resources").append(RelevantieVraag.BESTAND).append("`.\n")
                .append("Alleen demo-voorzieningen tellen; cijfer tussen haakjes: 2 = perfect, 1 = relevant, 0 = niet verwacht.\n\n")
                .append("| | Elasticsearch | PostgreSQL full-text |\n|---|---|---|\n")
                .append("| **gemiddelde** | **%.4f** | **%.4f** |\n".formatted(es, pg));
        Map<String, List<Meting>> perCategorie = metingen.stream()
                .collect(Collectors.groupingBy(m -> m.vraag().categorie(), TreeMap::new, Collectors.toList()));
        perCategorie.forEach((categorie, lijst) -> md.append("| %s (%d) | %.4f | %.4f |\n"
                .formatted(categorie, lijst.size(), gemiddelde(lijst, Meting::es), gemiddelde(lijst, Meting::pg))));

        md.append("\n## Slechtste zoekvragen voor Elasticsearch\n\n| nDCG ES | nDCG PG | zoekvraag | kern | categorie |\n|---|---|---|---|---|\n");
        metingen.stream().sorted(Comparator.comparingDouble(Meting::es).thenComparing(m -> m.vraag().regel()))
                .limit(10)
                .forEach(m -> md.append("| %.3f | %.3f | %s | %s | %s |\n".formatted(m.es(), m.pg(), m.vraag().tekst(),
                        m.vraag().kern() == null ? "" : m.vraag().kern(), m.vraag().categorie())));

        md.append("\n## Per zoekvraag\n\n| regel | zoekvraag | kern | categorie | nDCG ES | nDCG PG | top ").append(K)
                .append(" Elasticsearch | top ").append(K).append(" PostgreSQL |\n|---|---|---|---|---|---|---|---|\n");
        for (Meting m : metingen) {
            md.append("| %d | %s | %s | %s | %.3f | %.3f | %s | %s |\n".formatted(m.vraag().regel(), m.vraag().tekst(),
                    m.vraag().kern() == null ? "" : m.vraag().kern(), m.vraag().categorie(), m.es(), m.pg(),
                    top(m.esTop(), m.vraag().verwacht()), top(m.pgTop(), m.vraag().verwacht())));
        }
        return md.toString();
    }

    private static String top(List<String> sleutels, Map<String, Integer> verwacht) {
        if (sleutels.isEmpty()) {
            return "(niets)";
        }
        Map<String, Integer> volgorde = new LinkedHashMap<>();
        sleutels.forEach(s -> volgorde.put(s, verwacht.getOrDefault(s, 0)));
        return volgorde.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining("<br>"));
    }
}
