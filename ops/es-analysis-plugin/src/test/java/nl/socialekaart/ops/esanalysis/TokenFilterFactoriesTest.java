package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static nl.socialekaart.ops.esanalysis.AnalysisTestSupport.standardTokenizer;
import static nl.socialekaart.ops.esanalysis.AnalysisTestSupport.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each token filter factory on its own, over a standard tokenizer + lowercase. */
class TokenFilterFactoriesTest {

    private final IndexSettings indexSettings = AnalysisTestSupport.indexSettings();
    private final Environment env = AnalysisTestSupport.environment();

    private static TokenStream lowercased(String text) {
        return new LowerCaseFilter(standardTokenizer(text));
    }

    @Test
    void stemmerDutchIsTheSnowballDutchStemmer() throws Exception {
        TokenFilterFactory f = new StemmerTokenFilterFactory(indexSettings, env, "s", Settings.builder().put("language", "dutch").build());
        assertEquals(List.of("huiskamer", "vor", "ouder"), terms(f.create(lowercased("Huiskamers voor ouderen"))));
    }

    @Test
    void stemmerAcceptsNameAsAliasForLanguage() throws Exception {
        TokenFilterFactory f = new StemmerTokenFilterFactory(indexSettings, env, "s", Settings.builder().put("name", "Dutch").build());
        assertEquals(List.of("huiskamer"), terms(f.create(lowercased("huiskamers"))));
    }

    @Test
    void stemmerEnglishIsPorterAndLightEnglishIsKstem() throws Exception {
        TokenFilterFactory porter = new StemmerTokenFilterFactory(indexSettings, env, "s", Settings.builder().put("language", "english").build());
        assertEquals(List.of("hous"), terms(porter.create(lowercased("houses"))));
        TokenFilterFactory kstem = new StemmerTokenFilterFactory(indexSettings, env, "s", Settings.builder().put("language", "light_english").build());
        assertEquals(List.of("house"), terms(kstem.create(lowercased("houses"))));
    }

    @Test
    void stemmerDutchKpAndSnowballFallbackLanguagesLoad() throws Exception {
        TokenFilterFactory kp = new StemmerTokenFilterFactory(indexSettings, env, "s", Settings.builder().put("language", "dutch_kp").build());
        assertEquals(1, terms(kp.create(lowercased("huiskamers"))).size());
        TokenFilterFactory swedish = new StemmerTokenFilterFactory(indexSettings, env, "s", Settings.builder().put("language", "swedish").build());
        assertEquals(1, terms(swedish.create(lowercased("flickorna"))).size());
    }

    @Test
    void stemmerRejectsUnknownLanguage() {
        assertThrows(
            IllegalArgumentException.class,
            () -> new StemmerTokenFilterFactory(indexSettings, env, "s", Settings.builder().put("language", "klingon").build())
        );
    }

    @Test
    void snowballDutch() throws Exception {
        TokenFilterFactory f = new SnowballTokenFilterFactory(indexSettings, env, "s", Settings.builder().put("language", "Dutch").build());
        assertEquals(List.of("huiskamer", "ouder"), terms(f.create(lowercased("huiskamers ouderen"))));
    }

    @Test
    void asciifoldingFoldsDiacritics() throws Exception {
        TokenFilterFactory f = new AsciiFoldingTokenFilterFactory(indexSettings, env, "a", Settings.EMPTY);
        assertEquals(List.of("financiele", "ondersteuning", "cafe"), terms(f.create(lowercased("financiële ondersteuning café"))));
    }

    @Test
    void asciifoldingPreserveOriginalKeepsBoth() throws Exception {
        TokenFilterFactory f = new AsciiFoldingTokenFilterFactory(indexSettings, env, "a", Settings.builder().put("preserve_original", true).build());
        assertEquals(List.of("financiele", "financiële"), terms(f.create(lowercased("financiële"))));
        // but synonym rules are parsed without the stacked original
        assertEquals(List.of("financiele"), terms(f.getSynonymFilter().create(lowercased("financiële"))));
    }

    @Test
    void edgeNgramFilterProducesPrefixes() throws Exception {
        TokenFilterFactory f = new EdgeNGramTokenFilterFactory(
            indexSettings, env, "e", Settings.builder().put("min_gram", 2).put("max_gram", 5).build()
        );
        assertEquals(List.of("sc", "sch", "schu", "schul"), terms(f.create(lowercased("schulden"))));
    }

    @Test
    void edgeNgramFilterPreserveOriginal() throws Exception {
        TokenFilterFactory f = new EdgeNGramTokenFilterFactory(
            indexSettings, env, "e", Settings.builder().put("min_gram", 3).put("max_gram", 4).put("preserve_original", true).build()
        );
        assertEquals(List.of("sch", "schu", "schulden"), terms(f.create(lowercased("schulden"))));
    }

    @Test
    void edgeNgramFilterCannotParseSynonyms() {
        TokenFilterFactory f = new EdgeNGramTokenFilterFactory(indexSettings, env, "e", Settings.EMPTY);
        assertThrows(IllegalArgumentException.class, f::getSynonymFilter);
    }

    @Test
    void ngramFilterRespectsMaxNgramDiff() {
        assertThrows(
            IllegalArgumentException.class,
            () -> new NGramTokenFilterFactory(indexSettings, env, "n", Settings.builder().put("min_gram", 1).put("max_gram", 5).build())
        );
    }

    @Test
    void ngramFilter() throws Exception {
        TokenFilterFactory f = new NGramTokenFilterFactory(indexSettings, env, "n", Settings.builder().put("min_gram", 2).put("max_gram", 3).build());
        assertEquals(List.of("hu", "hui", "ui", "uis", "is"), terms(f.create(lowercased("huis"))));
    }

    @Test
    void dictionaryDecompounderSplitsCompounds() throws Exception {
        TokenFilterFactory f = new DictionaryDecompounderTokenFilterFactory(
            indexSettings, env, "d", Settings.builder().putList("word_list", "schuld", "hulp", "verlening").build()
        );
        assertEquals(List.of("schuldhulpverlening", "schuld", "hulp", "verlening"), terms(f.create(lowercased("schuldhulpverlening"))));
    }

    @Test
    void dictionaryDecompounderRequiresWordList() {
        assertThrows(IllegalArgumentException.class, () -> new DictionaryDecompounderTokenFilterFactory(indexSettings, env, "d", Settings.EMPTY));
    }

    @Test
    void stemmerOverrideAppliesInlineRules() throws Exception {
        TokenFilterFactory override = new StemmerOverrideTokenFilterFactory(
            indexSettings, env, "o", Settings.builder().putList("rules", "wmo, wmo-loket => wmo", "mantelzorgers => mantelzorg").build()
        );
        TokenFilterFactory stemmer = new StemmerTokenFilterFactory(indexSettings, env, "s", Settings.builder().put("language", "dutch").build());
        TokenStream ts = stemmer.create(override.create(lowercased("mantelzorgers wmo")));
        assertEquals(List.of("mantelzorg", "wmo"), terms(ts));
    }

    @Test
    void keywordMarkerProtectsFromStemming() throws Exception {
        TokenFilterFactory marker = new KeywordMarkerTokenFilterFactory(
            indexSettings, env, "k", Settings.builder().putList("keywords", "ouderen").build()
        );
        TokenFilterFactory stemmer = new StemmerTokenFilterFactory(indexSettings, env, "s", Settings.builder().put("language", "dutch").build());
        assertEquals(List.of("huiskamer", "ouderen"), terms(stemmer.create(marker.create(lowercased("huiskamers ouderen")))));
    }

    @Test
    void wordDelimiterGraphSplitsParts() throws Exception {
        TokenFilterFactory f = new WordDelimiterGraphTokenFilterFactory(indexSettings, env, "w", Settings.EMPTY);
        Tokenizer kw = new KeywordTokenizer();
        kw.setReader(new StringReader("Wi-Fi"));
        assertEquals(List.of("Wi", "Fi"), terms(f.create(kw)));
    }

    @Test
    void uniqueAndTruncateAndLength() throws Exception {
        TokenFilterFactory unique = new UniqueTokenFilterFactory(indexSettings, env, "u", Settings.EMPTY);
        assertEquals(List.of("hulp", "bij", "schulden"), terms(unique.create(lowercased("hulp bij hulp schulden"))));
        TokenFilterFactory truncate = new TruncateTokenFilterFactory(indexSettings, env, "t", Settings.builder().put("length", 4).build());
        assertEquals(List.of("schu"), terms(truncate.create(lowercased("schulden"))));
        TokenFilterFactory length = new LengthTokenFilterFactory(indexSettings, env, "l", Settings.builder().put("min", 4).build());
        assertEquals(List.of("hulp", "schulden"), terms(length.create(lowercased("hulp bij schulden"))));
    }

    @Test
    void elisionRemovesArticles() throws Exception {
        TokenFilterFactory f = new ElisionTokenFilterFactory(indexSettings, env, "e", Settings.builder().putList("articles", "l", "d").build());
        assertEquals(List.of("avion"), terms(f.create(lowercased("l'avion"))));
    }

    @Test
    void lowercaseRejectsUnknownLanguage() {
        assertThrows(
            IllegalArgumentException.class,
            () -> new LowerCaseTokenFilterFactory(indexSettings, env, "l", Settings.builder().put("language", "dutch").build())
        );
    }

    @Test
    void synonymGraphRequiresRules() {
        assertThrows(IllegalArgumentException.class, () -> new SynonymGraphTokenFilterFactory(indexSettings, env, "s", Settings.EMPTY));
    }

    @Test
    void synonymGraphWithStandardLowercaseAnalyzer() throws Exception {
        SynonymGraphTokenFilterFactory f = new SynonymGraphTokenFilterFactory(
            indexSettings, env, "s", Settings.builder().putList("synonyms", "geldzorgen, schulden").build()
        );
        var map = f.buildSynonyms(new org.apache.lucene.analysis.standard.StandardAnalyzer(), f.rulesReader());
        List<String> out = terms(new org.apache.lucene.analysis.synonym.SynonymGraphFilter(lowercased("geldzorgen"), map, false));
        assertTrue(out.contains("geldzorgen") && out.contains("schulden"), out.toString());
    }
}
