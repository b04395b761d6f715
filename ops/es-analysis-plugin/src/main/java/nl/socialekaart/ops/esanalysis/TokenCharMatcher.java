package nl.socialekaart.ops.esanalysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The {@code token_chars} / {@code custom_token_chars} settings of the {@code ngram} and {@code edge_ngram}
 * tokenizers: {@code letter}, {@code digit}, {@code whitespace}, {@code punctuation}, {@code symbol},
 * {@code custom}.
 */
final class TokenCharMatcher {

    private TokenCharMatcher() {}

    /** @return null when no classes are given (then every character is a token character) */
    static IntPredicate parse(List<String> characterClasses, String customTokenChars) {
        if (characterClasses == null || characterClasses.isEmpty()) {
            return null;
        }
        List<IntPredicate> matchers = new ArrayList<>();
        for (String raw : characterClasses) {
            String characterClass = raw.toLowerCase(Locale.ROOT).trim();
            switch (characterClass) {
                case "letter" -> matchers.add(Character::isLetter);
                case "digit" -> matchers.add(Character::isDigit);
                case "whitespace" -> matchers.add(Character::isWhitespace);
                case "punctuation" -> matchers.add(TokenCharMatcher::isPunctuation);
                case "symbol" -> matchers.add(TokenCharMatcher::isSymbol);
                case "custom" -> {
                    if (customTokenChars == null) {
                        throw new IllegalArgumentException(
                            "Token type: 'custom' requires setting `custom_token_chars` to be set");
                    }
                    Set<Integer> chars = new HashSet<>();
                    customTokenChars.codePoints().forEach(chars::add);
                    matchers.add(chars::contains);
                }
                default -> throw new IllegalArgumentException(
                    "Unknown token type: '" + characterClass + "', must be one of [symbol, custom, digit, letter, whitespace, punctuation]"
                );
            }
        }
        return c -> {
            for (IntPredicate m : matchers) {
                if (m.test(c)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isSymbol(int c) {
        return switch (Character.getType(c)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
