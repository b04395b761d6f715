package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.br.BrazilianStemFilter;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.elasticsearch.common.Strings;
import org.elasticsearch.common.logging.DeprecationCategory;
import org.elasticsearch.common.logging.DeprecationLogger;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.KpStemmer;
import org.tartarus.snowball.ext.LovinsStemmer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code stemmer}; {@code language} (or {@code name}), default {@code porter}. Names as in analysis-common:
 * {@code dutch} is the snowball Dutch stemmer, {@code dutch_kp} the Kraaij-Pohlmann one, {@code english} is
 * Porter, {@code light_english} is KStem, {@code porter2} snowball English, ... Any other name is looked up
 * as a snowball stemmer ({@code swedish} to {@code SwedishStemmer}) and rejected at index creation if unknown.
 */
public class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    private static final DeprecationLogger DEPRECATION_LOGGER = DeprecationLogger.getLogger(StemmerTokenFilterFactory.class);

    private static final Map<String, UnaryOperator<TokenStream>> STEMMERS = new HashMap<>();

    private static void register(UnaryOperator<TokenStream> stemmer, String... names) {
        for (String name : names) {
            STEMMERS.put(name.toLowerCase(Locale.ROOT), stemmer);
        }
    }

    static {
        // Dutch
        register(ts -> new SnowballFilter(ts, new DutchStemmer()), "dutch");
        register(ts -> new SnowballFilter(ts, new KpStemmer()), "dutch_kp", "dutchKp", "kp");
        // English
        register(PorterStemFilter::new, "english", "porter");
        register(KStemFilter::new, "light_english", "lightEnglish", "kstem");
        register(ts -> new SnowballFilter(ts, new LovinsStemmer()), "lovins");
        register(ts -> new SnowballFilter(ts, new EnglishStemmer()), "porter2");
        register(EnglishMinimalStemFilter::new, "minimal_english", "minimalEnglish");
        register(EnglishPossessiveFilter::new, "possessive_english", "possessiveEnglish");
        // German
        register(ts -> new SnowballFilter(ts, new GermanStemmer()), "german", "german2");
        register(GermanLightStemFilter::new, "light_german", "lightGerman");
        register(GermanMinimalStemFilter::new, "minimal_german", "minimalGerman");
        // French
        register(ts -> new SnowballFilter(ts, new FrenchStemmer()), "french");
        register(FrenchLightStemFilter::new, "light_french", "lightFrench");
        register(FrenchMinimalStemFilter::new, "minimal_french", "minimalFrench");
        // Others with a non-snowball implementation (the plain snowball languages fall through to SnowballFilter)
        register(ArabicStemFilter::new, "arabic");
        register(BrazilianStemFilter::new, "brazilian");
        register(BulgarianStemFilter::new, "bulgarian");
        register(CzechStemFilter::new, "czech");
        register(GreekStemFilter::new, "greek");
        register(FinnishLightStemFilter::new, "light_finish", "lightFinish", "light_finnish", "lightFinnish");
        register(HungarianLightStemFilter::new, "light_hungarian", "lightHungarian");
        register(ItalianLightStemFilter::new, "light_italian", "lightItalian");
        register(NorwegianLightStemFilter::new, "light_norwegian", "lightNorwegian");
        register(NorwegianMinimalStemFilter::new, "minimal_norwegian", "minimalNorwegian");
        register(PortugueseLightStemFilter::new, "light_portuguese", "lightPortuguese");
        register(PortugueseMinimalStemFilter::new, "minimal_portuguese", "minimalPortuguese");
        register(PortugueseStemFilter::new, "portuguese_rslp");
        register(RussianLightStemFilter::new, "light_russian", "lightRussian");
        register(SpanishLightStemFilter::new, "light_spanish", "lightSpanish");
        register(SwedishLightStemFilter::new, "light_swedish", "lightSwedish");
    }

    private final String language;
    private final UnaryOperator<TokenStream> stemmer;

    StemmerTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        this.language = Strings.capitalize(settings.get("language", settings.get("name", "porter")));
        String key = language.toLowerCase(Locale.ROOT);
        if (key.equals("dutch_kp") || key.equals("dutchkp") || key.equals("kp") || key.equals("lovins")) {
            DEPRECATION_LOGGER.warn(
                DeprecationCategory.ANALYSIS,
                key + "_deprecation",
                "The [" + key + "] stemmer is deprecated and will be removed in a future version."
            );
        }
        UnaryOperator<TokenStream> known = STEMMERS.get(key);
        this.stemmer = known != null ? known : ts -> new SnowballFilter(ts, language);
        // check that the language is valid by building the filter once
        try {
            create(TokenStreams.EMPTY).close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}
