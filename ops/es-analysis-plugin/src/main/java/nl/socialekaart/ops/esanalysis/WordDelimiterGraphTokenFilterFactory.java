package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.TokenFilterFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_ALL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_NUMBERS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_WORDS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_WORD_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.IGNORE_KEYWORDS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

/**
 * {@code word_delimiter_graph}; {@code generate_word_parts}, {@code generate_number_parts}, {@code catenate_words},
 * {@code catenate_numbers}, {@code catenate_all}, {@code split_on_case_change}, {@code preserve_original},
 * {@code split_on_numerics}, {@code stem_english_possessive}, {@code ignore_keywords}, {@code adjust_offsets},
 * {@code protected_words}, {@code type_table} ("- => ALPHA").
 */
public class WordDelimiterGraphTokenFilterFactory extends AbstractTokenFilterFactory {

    private static final Pattern TYPE_RULE = Pattern.compile("(.*)\\s*=>\\s*(.*)\\s*$");
    private static final byte LOWER = 0x01;
    private static final byte UPPER = 0x02;
    private static final byte DIGIT = 0x04;
    private static final byte SUBWORD_DELIM = 0x08;
    private static final byte ALPHA = LOWER | UPPER;
    private static final byte ALPHANUM = ALPHA | DIGIT;

    private final byte[] charTypeTable;
    private final int flags;
    private final CharArraySet protoWords;
    private final boolean adjustOffsets;

    WordDelimiterGraphTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
        List<String> charTypeTableValues = Analysis.getWordList(env, settings, "type_table");
        this.charTypeTable = charTypeTableValues == null ? WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE : parseTypes(charTypeTableValues);
        int f = 0;
        f |= flag(GENERATE_WORD_PARTS, settings, "generate_word_parts", true);
        f |= flag(GENERATE_NUMBER_PARTS, settings, "generate_number_parts", true);
        f |= flag(CATENATE_WORDS, settings, "catenate_words", false);
        f |= flag(CATENATE_NUMBERS, settings, "catenate_numbers", false);
        f |= flag(CATENATE_ALL, settings, "catenate_all", false);
        f |= flag(SPLIT_ON_CASE_CHANGE, settings, "split_on_case_change", true);
        f |= flag(PRESERVE_ORIGINAL, settings, "preserve_original", false);
        f |= flag(SPLIT_ON_NUMERICS, settings, "split_on_numerics", true);
        f |= flag(STEM_ENGLISH_POSSESSIVE, settings, "stem_english_possessive", true);
        f |= flag(IGNORE_KEYWORDS, settings, "ignore_keywords", false);
        this.flags = f;
        Set<?> protectedWords = Analysis.getWordSet(env, settings, "protected_words");
        this.protoWords = protectedWords == null ? null : CharArraySet.copy(protectedWords);
        this.adjustOffsets = settings.getAsBoolean("adjust_offsets", true);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new WordDelimiterGraphFilter(tokenStream, adjustOffsets, charTypeTable, flags, protoWords);
    }

    @Override
    public TokenFilterFactory getSynonymFilter() {
        throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
    }

    private static int flag(int flag, Settings settings, String key, boolean defaultValue) {
        return settings.getAsBoolean(key, defaultValue) ? flag : 0;
    }

    static byte[] parseTypes(List<String> rules) {
        SortedMap<Character, Byte> typeMap = new TreeMap<>();
        for (String rule : rules) {
            Matcher m = TYPE_RULE.matcher(rule);
            if (m.find() == false) {
                throw new RuntimeException("Invalid Mapping Rule : [" + rule + "]");
            }
            String lhs = RuleStrings.unescape(m.group(1).trim());
            Byte rhs = parseType(m.group(2).trim());
            if (lhs.length() != 1) {
                throw new RuntimeException("Invalid Mapping Rule : [" + rule + "]. Only a single character is allowed.");
            }
            if (rhs == null) {
                throw new RuntimeException("Invalid Mapping Rule : [" + rule + "]. Illegal type.");
            }
            typeMap.put(lhs.charAt(0), rhs);
        }
        byte[] types = new byte[Math.max(typeMap.isEmpty() ? 0 : typeMap.lastKey() + 1, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE.length)];
        for (int i = 0; i < types.length; i++) {
            types[i] = WordDelimiterIterator.getType(i);
        }
        for (Map.Entry<Character, Byte> mapping : typeMap.entrySet()) {
            types[mapping.getKey()] = mapping.getValue();
        }
        return types;
    }

    private static Byte parseType(String s) {
        return switch (s) {
            case "LOWER" -> LOWER;
            case "UPPER" -> UPPER;
            case "ALPHA" -> ALPHA;
            case "DIGIT" -> DIGIT;
            case "ALPHANUM" -> ALPHANUM;
            case "SUBWORD_DELIM" -> SUBWORD_DELIM;
            default -> null;
        };
    }
}
