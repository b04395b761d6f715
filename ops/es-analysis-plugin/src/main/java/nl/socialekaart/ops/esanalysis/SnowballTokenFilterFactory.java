package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.Strings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** {@code snowball}; {@code language} (English): the snowball stemmer of that name, e.g. Dutch, English, German. */
public class SnowballTokenFilterFactory extends AbstractTokenFilterFactory {

    private final String language;

    SnowballTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        this.language = Strings.capitalize(settings.get("language", settings.get("name", "English")));
        // fail at index creation, not at first use, for an unknown language
        new SnowballFilter(TokenStreams.EMPTY, language);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new SnowballFilter(tokenStream, language);
    }
}
