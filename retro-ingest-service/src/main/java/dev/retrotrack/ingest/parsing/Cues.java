package dev.retrotrack.ingest.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap character tests that tell when a pattern cannot match, so that its regex runs only where it might. Most
 * lines of a retro hold none of what the extractors look for, and a regex tried at every position of every line was
 * most of the parser's own time. Each test states a condition the pattern it guards cannot match without; the regex
 * still decides.
 */
final class Cues {

    private Cues() {
    }

    /** A dash (hyphen, en or em dash) with whitespace on both sides, as in {@code \s+[—–-]\s+}. */
    static boolean hasSpacedDash(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '–' || c == '—') && isRegexSpace(text.charAt(i - 1))
                    && isRegexSpace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code last} ends the text where a pattern ending in {@code last$} can match it: at the very end, or
     * before one final line terminator (where {@code $} also matches without MULTILINE).
     */
    static boolean endsWith(String text, char last) {
        int end = text.length();
        if (end == 0) {
            return false;
        }
        if (text.charAt(end - 1) == last) {
            return true;
        }
        if (!isLineTerminator(text.charAt(end - 1))) {
            return false;
        }
        end -= end > 1 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\r' ? 2 : 1;
        return end > 0 && text.charAt(end - 1) == last;
    }

    /** Whether the text contains "TD" or "DEBT", which every debt id starts with. */
    static boolean mayHoldDebtId(String text) {
        return text.contains("TD") || text.contains("DEBT");
    }

    /** Whether the text contains an ASCII digit, which every number the extractors read has. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code pattern.matcher(text).find()} finds, for a pattern that starts with {@code \b(\d}: the match
     * attempt is made only at digits not preceded by a digit (the only places such a match can start) instead of at
     * every position; each attempt is the one find() would make there, and the first that matches is the leftmost.
     *
     * @return the matcher holding the match, or {@code null} if there is none
     */
    static Matcher findNumberLed(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true); // \b looks at the character before
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !isAsciiDigit(text.charAt(i - 1)))) {
                if (matcher.region(i, text.length()).lookingAt()) {
                    return matcher;
                }
            }
        }
        return null;
    }

    /**
     * {@code matcher.find(from)} for a pattern each match of which starts at most {@code before} characters ahead of
     * an occurrence of {@code word} (lower case) and ends within {@code after} characters after it: tried only at
     * those few starts, instead of at every position of a long text. {@code lower} is the text lower-cased (where
     * lower-casing changed its length, the whole text is searched).
     */
    static boolean findNear(Matcher matcher, String text, String lower, String word, int before, int after,
            int from) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        if (lower.length() != text.length()) {
            return matcher.region(from, text.length()).find();
        }
        for (int at = lower.indexOf(word, from); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = Math.min(text.length(), at + word.length() + after);
            for (int start = Math.max(from, at - before); start <= at; start++) {
                if (matcher.region(start, end).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code $} and {@code .} treat as a line terminator without UNIX_LINES. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
