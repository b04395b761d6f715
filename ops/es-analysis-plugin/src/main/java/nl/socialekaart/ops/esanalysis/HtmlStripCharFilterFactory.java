package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;

import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code html_strip} char filter; setting {@code escaped_tags} (tags to keep). */
public class HtmlStripCharFilterFactory extends AbstractCharFilterFactory {

    private final Set<String> escapedTags;

    HtmlStripCharFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        List<String> tags = settings.getAsList("escaped_tags");
        this.escapedTags = tags.isEmpty() ? null : Set.copyOf(new HashSet<>(tags));
    }

    @Override
    public Reader create(Reader reader) {
        return new HTMLStripCharFilter(reader, escapedTags);
    }
}
