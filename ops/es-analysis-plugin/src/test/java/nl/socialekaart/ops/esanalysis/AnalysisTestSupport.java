package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.cluster.metadata.IndexMetadata;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.index.analysis.IndexAnalyzers;
import org.elasticsearch.indices.analysis.AnalysisModule;
import org.elasticsearch.plugins.scanners.StablePluginsRegistry;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Minimal ES scaffolding for the tests: index settings from IndexMetadata, a node environment, token lists. */
final class AnalysisTestSupport {

    static {
        // what a node does at startup: route ES's logging abstraction (used in static initialisers) to log4j
        LogConfigurator.configureESLogging();
    }

    private AnalysisTestSupport() {}

    static IndexSettings indexSettings(Settings indexLevel) {
        Settings settings = Settings.builder()
            .put(IndexMetadata.SETTING_VERSION_CREATED, IndexVersion.current())
            .put(IndexMetadata.SETTING_NUMBER_OF_SHARDS, 1)
            .put(IndexMetadata.SETTING_NUMBER_OF_REPLICAS, 0)
            .put(indexLevel)
            .build();
        IndexMetadata metadata = IndexMetadata.builder("test").settings(settings).build();
        return new IndexSettings(metadata, Settings.EMPTY);
    }

    static IndexSettings indexSettings() {
        return indexSettings(Settings.EMPTY);
    }

    static Environment environment() {
        try {
            Path home = Files.createTempDirectory("es-home");
            return new Environment(Settings.builder().put(Environment.PATH_HOME_SETTING.getKey(), home.toString()).build(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the index analyzers exactly as a node does, with only this plugin installed. */
    static IndexAnalyzers indexAnalyzers(Settings indexLevel) throws IOException {
        AnalysisModule module = new AnalysisModule(environment(), List.of(new DutchAnalysisPlugin()), new StablePluginsRegistry());
        return module.getAnalysisRegistry().build(IndexCreationContext.CREATE_INDEX, indexSettings(indexLevel));
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            return terms(ts);
        }
    }

    static List<String> terms(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(term.toString());
        }
        ts.end();
        ts.close();
        return out;
    }

    static Tokenizer standardTokenizer(String text) {
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }
}
