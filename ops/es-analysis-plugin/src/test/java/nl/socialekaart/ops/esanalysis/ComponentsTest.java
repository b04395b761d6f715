package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import static nl.socialekaart.ops.esanalysis.AnalysisTestSupport.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Analyzers, tokenizers and char filters on their own. */
class ComponentsTest {

    private final IndexSettings indexSettings = AnalysisTestSupport.indexSettings();
    private final Environment env = AnalysisTestSupport.environment();

    private static String read(Reader reader) throws Exception {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[256];
        int n;
        while ((n = reader.read(buf)) != -1) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    private static List<String> tokenize(Tokenizer tokenizer, String text) throws Exception {
        tokenizer.setReader(new StringReader(text));
        return terms(tokenizer);
    }

    @Test
    void dutchAnalyzerStemsAndDropsStopWords() throws Exception {
        DutchAnalyzer analyzer = new DutchAnalyzerProvider(indexSettings, env, "dutch", Settings.EMPTY).get();
        assertEquals(List.of("huiskamer"), terms(analyzer, "Huiskamers"));
        assertEquals(List.of("huiskamer", "ouder"), terms(analyzer, "Huiskamers voor de ouderen"));
    }

    @Test
    void dutchAnalyzerStopwordsAndStemExclusionSettings() throws Exception {
        DutchAnalyzer analyzer = new DutchAnalyzerProvider(
            indexSettings, env, "dutch", Settings.builder().putList("stopwords", "_none_").putList("stem_exclusion", "ouderen").build()
        ).get();
        // with no stop words "voor" is kept (and stemmed like any word: snowball Dutch undoubles the vowel)
        assertEquals(List.of("huiskamer", "vor", "ouderen"), terms(analyzer, "Huiskamers voor ouderen"));
    }

    @Test
    void stopAnalyzerWithDutchStopWords() throws Exception {
        var analyzer = new StopAnalyzerProvider(indexSettings, env, "stop", Settings.builder().put("stopwords", "_dutch_").build()).get();
        assertEquals(List.of("hulp", "schulden"), terms(analyzer, "hulp bij de schulden"));
    }

    @Test
    void edgeNgramTokenizerWithTokenChars() throws Exception {
        var factory = new EdgeNGramTokenizerFactory(
            indexSettings, env, "e", Settings.builder().put("min_gram", 2).put("max_gram", 4).putList("token_chars", "letter", "digit").build()
        );
        assertEquals(List.of("wm", "wmo", "lo", "lok", "loke"), tokenize(factory.create(), "wmo-loket"));
    }

    @Test
    void ngramTokenizerRejectsBigDiffAndUnknownClass() {
        assertThrows(
            IllegalArgumentException.class,
            () -> new NGramTokenizerFactory(indexSettings, env, "n", Settings.builder().put("min_gram", 1).put("max_gram", 4).build())
        );
        assertThrows(
            IllegalArgumentException.class,
            () -> new NGramTokenizerFactory(indexSettings, env, "n", Settings.builder().putList("token_chars", "emoji").build())
        );
    }

    @Test
    void whitespaceLetterPatternKeywordTokenizers() throws Exception {
        assertEquals(List.of("wmo-loket", "Ede"), tokenize(new WhitespaceTokenizerFactory(indexSettings, env, "w", Settings.EMPTY).create(), "wmo-loket Ede"));
        assertEquals(List.of("wmo", "loket", "Ede"), tokenize(new LetterTokenizerFactory(indexSettings, env, "l", Settings.EMPTY).create(), "wmo-loket Ede"));
        assertEquals(
            List.of("a", "b"),
            tokenize(new PatternTokenizerFactory(indexSettings, env, "p", Settings.builder().put("pattern", ",").build()).create(), "a,b")
        );
        assertEquals(List.of("wmo loket"), tokenize(new KeywordTokenizerFactory(indexSettings, env, "k", Settings.EMPTY).create(), "wmo loket"));
    }

    @Test
    void charFilters() throws Exception {
        var html = new HtmlStripCharFilterFactory(indexSettings, env, "h", Settings.EMPTY);
        assertEquals("hulp", read(html.create(new StringReader("<b>hulp</b>"))).trim());
        var mapping = new MappingCharFilterFactory(indexSettings, env, "m", Settings.builder().putList("mappings", "& => en", "ij => y").build());
        assertEquals("zorg en wyk", read(mapping.create(new StringReader("zorg & wijk"))));
        var pattern = new PatternReplaceCharFilterFactory(
            indexSettings, env, "p", Settings.builder().put("pattern", "(\\d{4})\\s?([A-Z]{2})").put("replacement", "$1$2").build()
        );
        assertEquals("6711AB Ede", read(pattern.create(new StringReader("6711 AB Ede"))));
    }
}
