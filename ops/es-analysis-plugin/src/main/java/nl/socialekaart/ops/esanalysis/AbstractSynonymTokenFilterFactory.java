package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.IndexVersions;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;

/**
 * Shared part of {@code synonym} and {@code synonym_graph}, as in analysis-common: settings {@code synonyms}
 * (inline rules) or {@code synonyms_path}, {@code format} (solr, default, or wordnet), {@code expand} (true),
 * {@code lenient}, {@code updateable} (search-time only). The rules are analysed with the analysis chain that
 * precedes the filter in its custom analyzer (tokenizer, char filters and the earlier token filters, each through
 * {@link TokenFilterFactory#getSynonymFilter()}), so a rule "geldzorgen, schulden" matches whatever the chain
 * makes of those words. {@code synonyms_set} (rules stored in the cluster) is not supported here.
 */
public abstract class AbstractSynonymTokenFilterFactory extends AbstractTokenFilterFactory {

    private final Settings settings;
    private final Environment environment;
    private final String format;
    private final boolean expand;
    private final boolean lenient;
    private final AnalysisMode analysisMode;

    protected AbstractSynonymTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
        this.settings = settings;
        this.environment = env;
        if (settings.hasValue("synonyms_set") && settings.hasValue("synonyms") == false && settings.hasValue("synonyms_path") == false) {
            throw new IllegalArgumentException(
                "[" + name + "]: `synonyms_set` (synonyms stored in the cluster) is not supported on this node; use `synonyms` or `synonyms_path`"
            );
        }
        if (settings.hasValue("synonyms") == false && settings.hasValue("synonyms_path") == false) {
            throw new IllegalArgumentException("synonym requires either `synonyms`, `synonyms_set` or `synonyms_path` to be configured");
        }
        this.expand = settings.getAsBoolean("expand", true);
        this.format = settings.get("format", "");
        boolean updateable = settings.getAsBoolean("updateable", false);
        this.lenient = settings.getAsBoolean(
            "lenient",
            indexSettings.getIndexVersionCreated().onOrAfter(IndexVersions.LENIENT_UPDATEABLE_SYNONYMS) && updateable
        );
        this.analysisMode = updateable ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
    }

    /** Wraps the stream in the Lucene synonym filter this factory stands for. */
    protected abstract TokenStream synonymFilter(TokenStream tokenStream, SynonymMap synonyms);

    @Override
    public AnalysisMode getAnalysisMode() {
        return analysisMode;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        throw new IllegalStateException("Call getChainAwareTokenFilterFactory to specialize this factory for an analysis chain first");
    }

    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(
        IndexCreationContext context,
        TokenizerFactory tokenizer,
        List<CharFilterFactory> charFilters,
        List<TokenFilterFactory> previousTokenFilters,
        Function<String, TokenFilterFactory> allFilters
    ) {
        final SynonymMap synonyms;
        try (Analyzer analyzer = buildSynonymAnalyzer(tokenizer, charFilters, previousTokenFilters)) {
            synonyms = buildSynonyms(analyzer, rulesReader());
        }
        final String name = name();
        final AnalysisMode mode = analysisMode;
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                // an empty rule set builds a map without an FST, which the Lucene filters reject
                return synonyms.fst == null ? tokenStream : synonymFilter(tokenStream, synonyms);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                // chained synonym filters: a synonym filter must not rewrite the rules of a later one
                return IDENTITY_FILTER;
            }

            @Override
            public AnalysisMode getAnalysisMode() {
                return mode;
            }
        };
    }

    static Analyzer buildSynonymAnalyzer(
        TokenizerFactory tokenizer,
        List<CharFilterFactory> charFilters,
        List<TokenFilterFactory> tokenFilters
    ) {
        return new CustomAnalyzer(
            tokenizer,
            charFilters.toArray(new CharFilterFactory[0]),
            tokenFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new)
        );
    }

    /** Parses the rules with the given analyzer; public for tests that supply their own analyzer. */
    public SynonymMap buildSynonyms(Analyzer analyzer, Reader rules) {
        try {
            SynonymMap.Builder builder;
            if ("wordnet".equalsIgnoreCase(format)) {
                LenientWordnetSynonymParser parser = new LenientWordnetSynonymParser(true, expand, lenient, analyzer);
                parser.parse(rules);
                builder = parser;
            } else {
                LenientSolrSynonymParser parser = new LenientSolrSynonymParser(true, expand, lenient, analyzer);
                parser.parse(rules);
                builder = parser;
            }
            return builder.build();
        } catch (Exception e) {
            throw new IllegalArgumentException("failed to build synonyms", e);
        }
    }

    Reader rulesReader() {
        if (settings.hasValue("synonyms")) {
            List<String> rules = Analysis.getWordList(environment, settings, "synonyms");
            StringBuilder sb = new StringBuilder();
            for (String line : rules) {
                sb.append(line).append(System.lineSeparator());
            }
            return new StringReader(sb.toString());
        }
        // "_path" is appended by getReaderFromFile
        return Analysis.getReaderFromFile(environment, settings.get("synonyms_path"), "synonyms");
    }
}
