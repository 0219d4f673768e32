package dev.retrotrack.ingest.parsing;

/**
 * Text reduced to lower-case words separated by single spaces and padded with a space at each end, so that
 * {@code contains(" high ")} finds a whole word. Cheaper than word-boundary regexes on the parser's hot path.
 */
record Words(String padded) {

    static Words of(String text) {
        return new Words(" " + SectionKind.normalize(text) + " ");
    }

    boolean has(String phrase) {
        return padded.contains(" " + phrase + " ");
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
        return padded.contains(" " + prefix);
    }
}
