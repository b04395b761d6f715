package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;

/** {@code synonym}: the (deprecated in Lucene, still offered by ES) non-graph synonym filter. */
public class SynonymTokenFilterFactory extends AbstractSynonymTokenFilterFactory {

    SynonymTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, env, name, settings);
    }

    @Override
    @SuppressWarnings("deprecation")
    protected TokenStream synonymFilter(TokenStream tokenStream, SynonymMap synonyms) {
        return new SynonymFilter(tokenStream, synonyms, false);
    }
}
