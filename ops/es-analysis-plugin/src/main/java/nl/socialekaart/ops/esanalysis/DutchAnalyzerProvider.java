package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

/**
 * {@code dutch} analyzer: Lucene's {@link DutchAnalyzer} (standard tokenizer, lowercase, Dutch stop words,
 * stem exclusion, default stem overrides, snowball Dutch stemmer). Settings {@code stopwords},
 * {@code stopwords_path}, {@code stem_exclusion}.
 */
public class DutchAnalyzerProvider extends AbstractIndexAnalyzerProvider<DutchAnalyzer> {

    private final DutchAnalyzer analyzer;

    DutchAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
        analyzer = new DutchAnalyzer(
            Analysis.parseStopWords(env, settings, DutchAnalyzer.getDefaultStopSet()),
            Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET)
        );
    }

    @Override
    public DutchAnalyzer get() {
        return analyzer;
    }
}
