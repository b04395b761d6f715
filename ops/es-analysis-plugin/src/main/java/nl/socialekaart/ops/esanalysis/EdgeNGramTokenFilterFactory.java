package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** {@code edge_ngram} filter (prefixes); {@code min_gram} (1), {@code max_gram} (2), {@code preserve_original} (false), {@code side} (front). */
public class EdgeNGramTokenFilterFactory extends AbstractTokenFilterFactory {

    private final int minGram;
    private final int maxGram;
    private final boolean back;
    private final boolean preserveOriginal;

    EdgeNGramTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        this.minGram = settings.getAsInt("min_gram", 1);
        this.maxGram = settings.getAsInt("max_gram", 2);
        String side = settings.get("side", "front");
        this.back = switch (side) {
            case "front" -> false;
            case "back" -> true;
            default -> throw new IllegalArgumentException("invalid side: " + side);
        };
        this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        TokenStream result = tokenStream;
        // side=back: reverse, take prefixes, reverse again
        if (back) {
            result = new ReverseStringFilter(result);
        }
        result = new EdgeNGramTokenFilter(result, minGram, maxGram, preserveOriginal);
        if (back) {
            result = new ReverseStringFilter(result);
        }
        return result;
    }

    @Override
    public boolean breaksFastVectorHighlighter() {
        return true;
    }

    @Override
    public TokenFilterFactory getSynonymFilter() {
        throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
    }
}
