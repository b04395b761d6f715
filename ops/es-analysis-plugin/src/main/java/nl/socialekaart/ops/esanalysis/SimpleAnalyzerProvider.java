package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.core.SimpleAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;

/** {@code simple} analyzer: letter tokenizer + lowercase. */
public class SimpleAnalyzerProvider extends AbstractIndexAnalyzerProvider<SimpleAnalyzer> {

    private final SimpleAnalyzer analyzer = new SimpleAnalyzer();

    SimpleAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
    }

    @Override
    public SimpleAnalyzer get() {
        return analyzer;
    }
}
