package nl.socialekaart.ops.esanalysis;

/** Unescaping of the left/right sides of "a => b" rules, as analysis-common does ({@code \\n}, {@code \\t}, {@code \\uXXXX} ...). */
final class RuleStrings {

    private RuleStrings() {}

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int readPos = 0;
        int len = s.length();
        while (readPos < len) {
            char c = s.charAt(readPos++);
            if (c == '\\') {
                if (readPos >= len) {
                    throw new RuntimeException("Invalid escaped char in [" + s + "]");
                }
                c = s.charAt(readPos++);
                switch (c) {
                    case '\\' -> c = '\\';
                    case 'n' -> c = '\n';
                    case 't' -> c = '\t';
                    case 'r' -> c = '\r';
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case 'u' -> {
                        if (readPos + 3 >= len) {
                            throw new RuntimeException("Invalid escaped char in [" + s + "]");
                        }
                        c = (char) Integer.parseInt(s.substring(readPos, readPos + 4), 16);
                        readPos += 4;
                    }
                    default -> {
                        // any other escaped char stands for itself
                    }
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
