package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;

/** {@code keyword} analyzer: the whole input as one token. */
public class KeywordAnalyzerProvider extends AbstractIndexAnalyzerProvider<KeywordAnalyzer> {

    private final KeywordAnalyzer analyzer = new KeywordAnalyzer();

    KeywordAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
    }

    @Override
    public KeywordAnalyzer get() {
        return analyzer;
    }
}
