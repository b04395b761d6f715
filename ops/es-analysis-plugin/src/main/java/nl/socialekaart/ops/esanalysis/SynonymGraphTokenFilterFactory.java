package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;

/** {@code synonym_graph}: multi-word synonyms as a token graph (search time, or index time followed by {@code flatten_graph}). */
public class SynonymGraphTokenFilterFactory extends AbstractSynonymTokenFilterFactory {

    SynonymGraphTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(indexSettings, env, name, settings);
    }

    @Override
    protected TokenStream synonymFilter(TokenStream tokenStream, SynonymMap synonyms) {
        return new SynonymGraphFilter(tokenStream, synonyms, false);
    }
}
