package dev.retrotrack.ingest.parsing;

/**
 * Emoji and arrows that mark an entry or decorate a title ("⏸️ Move scan storage …", "… Telemetry 🐝"): they are no
 * words of it. Letters, digits, punctuation and the combining marks of scripts such as Devanagari or Thai are not
 * markers, so "≥ 99.9 % uptime" and "में" keep every character.
 */
final class Symbols {

    private static final int VARIATION_SELECTOR_TEXT = 0xFE0E;
    private static final int VARIATION_SELECTOR_EMOJI = 0xFE0F;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int KEYCAP = 0x20E3;

    private Symbols() {
    }

    /** The end of the markers and spaces {@code text} opens with; 0 when none, or when nothing else follows. */
    static int leadingEnd(String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isMarker(cp) && !(i > 0 && Character.isWhitespace(cp))) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i == text.length() ? 0 : i;
    }

    /** The start of the markers and spaces {@code text} ends with; its length when none. */
    static int trailingStart(String text) {
        int end = text.length();
        while (end > 0) {
            int cp = text.codePointBefore(end);
            if (!isMarker(cp) && !Character.isWhitespace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return end;
    }

    /** An emoji, a pictographic symbol, an arrow, or what joins and styles emoji. */
    static boolean isMarker(int cp) {
        if (cp <= 0x7F) {
            return false; // the common case, decided without a table look-up
        }
        if (cp == VARIATION_SELECTOR_EMOJI || cp == VARIATION_SELECTOR_TEXT || cp == ZERO_WIDTH_JOINER
                || cp == KEYCAP) {
            return true;
        }
        int type = Character.getType(cp);
        boolean arrow = cp >= 0x2190 && cp <= 0x21FF || cp >= 0x27F0 && cp <= 0x27FF || cp >= 0x2900 && cp <= 0x297F;
        boolean skinTone = cp >= 0x1F3FB && cp <= 0x1F3FF;
        return type == Character.OTHER_SYMBOL || arrow || skinTone;
    }
}
