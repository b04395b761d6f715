package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.IndexAnalyzers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.socialekaart.ops.esanalysis.AnalysisTestSupport.indexAnalyzers;
import static nl.socialekaart.ops.esanalysis.AnalysisTestSupport.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugin inside the server's own analysis registry, built the way a node builds an index's analyzers:
 * no name clashes with the server's components, names resolve, and synonyms are chain-aware.
 */
class AnalysisRegistryTest {

    @Test
    void prebuiltDutchAnalyzerByName() throws Exception {
        try (IndexAnalyzers analyzers = indexAnalyzers(Settings.EMPTY)) {
            Analyzer dutch = analyzers.get("dutch");
            assertNotNull(dutch, "dutch analyzer");
            assertEquals(List.of("huiskamer", "ouder"), terms(dutch, "Huiskamers voor ouderen"));
        }
    }

    @Test
    void customAnalyzerWithFoldingStemmerAndChainAwareSynonyms() throws Exception {
        Settings settings = Settings.builder()
            .put("index.analysis.filter.nl_stemmer.type", "stemmer")
            .put("index.analysis.filter.nl_stemmer.language", "dutch")
            .put("index.analysis.filter.nl_synonyms.type", "synonym_graph")
            // written with diacritics and capitals: the rules go through lowercase + asciifolding first
            .putList("index.analysis.filter.nl_synonyms.synonyms", "Geldzorgen, schulden", "financiële zorgen => geldzorgen")
            .put("index.analysis.analyzer.nl_search.type", "custom")
            .put("index.analysis.analyzer.nl_search.tokenizer", "standard")
            .putList("index.analysis.analyzer.nl_search.filter", "lowercase", "asciifolding", "nl_synonyms", "nl_stemmer")
            .build();
        try (IndexAnalyzers analyzers = indexAnalyzers(settings)) {
            Analyzer analyzer = analyzers.get("nl_search");
            List<String> geldzorgen = terms(analyzer, "Geldzorgen");
            assertTrue(geldzorgen.contains("schuld"), geldzorgen.toString());
            assertTrue(geldzorgen.contains("geldzorg"), geldzorgen.toString());
            // "financiele zorgen" only matches the rule if the rule itself was lowercased and folded
            List<String> financieel = terms(analyzer, "financiele zorgen");
            assertTrue(financieel.contains("geldzorg"), financieel.toString());
            assertEquals(List.of("huiskamer"), terms(analyzer, "Huiskamers"));
        }
    }

    @Test
    void indexTimeSynonymsWithFlattenGraphAndEdgeNgramAutocomplete() throws Exception {
        Settings settings = Settings.builder()
            .put("index.analysis.filter.syn.type", "synonym")
            .putList("index.analysis.filter.syn.synonyms", "wmo, wet maatschappelijke ondersteuning")
            .put("index.analysis.filter.prefix.type", "edge_ngram")
            .put("index.analysis.filter.prefix.min_gram", 2)
            .put("index.analysis.filter.prefix.max_gram", 10)
            .put("index.max_ngram_diff", 10)
            .put("index.analysis.analyzer.idx.tokenizer", "standard")
            .putList("index.analysis.analyzer.idx.filter", "lowercase", "syn", "flatten_graph")
            .put("index.analysis.analyzer.autocomplete.tokenizer", "standard")
            .putList("index.analysis.analyzer.autocomplete.filter", "lowercase", "asciifolding", "prefix")
            .build();
        try (IndexAnalyzers analyzers = indexAnalyzers(settings)) {
            assertTrue(terms(analyzers.get("idx"), "WMO").contains("maatschappelijke"));
            assertEquals(List.of("ca", "caf", "cafe"), terms(analyzers.get("autocomplete"), "Café"));
        }
    }

    @Test
    void edgeNgramBeforeSynonymsIsRejectedAsInAnalysisCommon() {
        Settings settings = Settings.builder()
            .put("index.analysis.filter.syn.type", "synonym_graph")
            .putList("index.analysis.filter.syn.synonyms", "a, b")
            .put("index.analysis.analyzer.bad.tokenizer", "standard")
            .putList("index.analysis.analyzer.bad.filter", "edge_ngram", "syn")
            .build();
        assertThrows(IllegalArgumentException.class, () -> indexAnalyzers(settings).close());
    }

    @Test
    void namesWithoutDefinitionsResolveToPreconfiguredComponents() throws Exception {
        Settings settings = Settings.builder()
            .put("index.analysis.analyzer.plain.tokenizer", "whitespace")
            .putList("index.analysis.analyzer.plain.char_filter", "html_strip")
            .putList("index.analysis.analyzer.plain.filter", "lowercase", "asciifolding", "dutch_stem", "stop", "unique")
            .put("index.analysis.normalizer.sortable.type", "custom")
            .putList("index.analysis.normalizer.sortable.filter", "lowercase", "asciifolding")
            .build();
        try (IndexAnalyzers analyzers = indexAnalyzers(settings)) {
            assertEquals(List.of("financiel", "huiskamer"), terms(analyzers.get("plain"), "<p>Financiële the Huiskamers huiskamers</p>"));
            assertNotNull(analyzers.getNormalizer("sortable"));
        }
    }

    @Test
    void configurableSimpleStopWhitespaceKeywordAnalyzers() throws Exception {
        Settings settings = Settings.builder()
            .put("index.analysis.analyzer.nl_stop.type", "stop")
            .put("index.analysis.analyzer.nl_stop.stopwords", "_dutch_")
            .put("index.analysis.analyzer.s.type", "simple")
            .put("index.analysis.analyzer.w.type", "whitespace")
            .put("index.analysis.analyzer.k.type", "keyword")
            .put("index.analysis.analyzer.d.type", "dutch")
            .putList("index.analysis.analyzer.d.stem_exclusion", "ouderen")
            .build();
        try (IndexAnalyzers analyzers = indexAnalyzers(settings)) {
            assertEquals(List.of("hulp", "schulden"), terms(analyzers.get("nl_stop"), "Hulp bij de schulden"));
            assertEquals(List.of("wmo", "loket"), terms(analyzers.get("s"), "WMO-loket"));
            assertEquals(List.of("WMO-loket"), terms(analyzers.get("w"), "WMO-loket"));
            assertEquals(List.of("WMO loket"), terms(analyzers.get("k"), "WMO loket"));
            assertEquals(List.of("huiskamer", "ouderen"), terms(analyzers.get("d"), "Huiskamers voor ouderen"));
        }
    }
}
