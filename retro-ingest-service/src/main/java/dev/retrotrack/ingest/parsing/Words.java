package dev.retrotrack.ingest.parsing;

/**
 * Text reduced to lower-case words separated by single spaces and padded with a space at each end, so that
 * {@code has("high")} finds a whole word. Cheaper than word-boundary regexes on the parser's hot path.
 */
record Words(String padded) {

    static Words of(String text) {
        return new Words(" " + SectionKind.normalize(text) + " ");
    }

    /** Whether the phrase occurs as whole words: what {@code padded.contains(" " + phrase + " ")} says, unallocated. */
    boolean has(String phrase) {
        return occursBetweenSpaces(phrase, true);
    }

    boolean hasAny(String... phrases) {
        for (String phrase : phrases) {
            if (has(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** A word starting with {@code prefix}, e.g. "block" for blocked, blocker. */
    boolean hasWordStarting(String prefix) {
        return occursBetweenSpaces(prefix, false);
    }

    // Statuses and priorities test dozens of phrases per text: searching in place spares a concatenation each.
    private boolean occursBetweenSpaces(String phrase, boolean spaceAfter) {
        int length = phrase.length();
        for (int at = padded.indexOf(phrase, 1); at >= 0; at = padded.indexOf(phrase, at + 1)) {
            if (padded.charAt(at - 1) == ' '
                    && (!spaceAfter || at + length < padded.length() && padded.charAt(at + length) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
