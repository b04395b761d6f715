package nl.socialekaart.ops.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded node runs and has the project's Dutch analysis plugin, so mappings match a production cluster. */
class ElasticsearchAnalysisIT {

    private static URI es;

    @BeforeAll
    static void startStack() {
        es = SharedTestStack.get().elasticsearchUrl().orElseThrow();
    }

    @Test
    void answersOnLoopbackAndIsHealthy() throws Exception {
        assertTrue(es.toString().startsWith("http://127.0.0.1:"), es.toString());

        Http.Response health = Http.send("GET", es.resolve("/_cluster/health"), null);

        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("\"cluster_name\":\"sociale-kaart-embedded\""), health.body());
    }

    @Test
    void loadsTheAnalysisPlugin() throws Exception {
        Http.Response plugins = Http.send("GET", es.resolve("/_cat/plugins?h=component"), null);

        assertEquals(200, plugins.status(), plugins.body());
        assertTrue(plugins.body().contains("sociale-kaart"), plugins.body());
    }

    @Test
    void dutchAnalyzerStemsPlurals() throws Exception {
        Http.Response analyzed = Http.send("POST", es.resolve("/_analyze"),
                """
                {"analyzer": "dutch", "text": "Huiskamers"}""");

        assertEquals(200, analyzed.status(), analyzed.body());
        assertEquals(List.of("huiskamer"), Http.tokens(analyzed.body()));
    }

    @Test
    void acceptsAnIndexWithACustomDutchAnalyzer() throws Exception {
        Http.send("DELETE", es.resolve("/analyse-test"), null);
        Http.Response created = Http.send("PUT", es.resolve("/analyse-test"),
                """
                {
                  "settings": {
                    "number_of_shards": 1,
                    "number_of_replicas": 0,
                    "analysis": {
                      "filter": {
                        "nl_synoniemen": {"type": "synonym_graph", "synonyms": ["buurthuis, wijkcentrum"]},
                        "nl_stam": {"type": "stemmer", "language": "dutch"}
                      },
                      "analyzer": {
                        "nl_tekst": {
                          "type": "custom",
                          "tokenizer": "standard",
                          "filter": ["lowercase", "asciifolding", "nl_synoniemen", "nl_stam"]
                        }
                      }
                    }
                  },
                  "mappings": {"properties": {"naam": {"type": "text", "analyzer": "nl_tekst"}}}
                }""");
        assertEquals(200, created.status(), created.body());

        // asciifolding: é -> e; stemmer (dutch snowball, as in the full distribution): plural -s and final -e removed
        assertEquals(List.of("caf", "huiskamer"), analyze("Café Huiskamers"));
        // synonym_graph: both words of the rule at the same position, then stemmed
        assertEquals(List.of("buurthuis", "wijkcentrum"), analyze("Wijkcentrum").stream().sorted().toList());

        Http.Response deleted = Http.send("DELETE", es.resolve("/analyse-test"), null);
        assertEquals(200, deleted.status(), deleted.body());
    }

    private static List<String> analyze(String text) throws Exception {
        Http.Response analyzed = Http.send("POST", es.resolve("/analyse-test/_analyze"),
                "{\"analyzer\": \"nl_tekst\", \"text\": \"" + text + "\"}");
        assertEquals(200, analyzed.status(), analyzed.body());
        return Http.tokens(analyzed.body());
    }
}
