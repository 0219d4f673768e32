package dev.retrotrack.ingest.parsing.text;

/**
 * Walks a text once, reading it back as the bytes one {@link CodePage} would have decoded it from, and reports what
 * those bytes are as UTF-8.
 *
 * <p>Only maximal runs of characters the code page maps to a high byte are looked at; ASCII and every other
 * character (emoji, CJK, arrows, surrogates...) end a run and pass through, because a wrong single-byte decode never
 * produces them. Within a run the bytes are read greedily from left to right, one candidate sequence at a time, with
 * at most three characters of look-ahead, so the walk is linear in the length of the text.
 */
final class SequenceScanner {

    /** What a scan finds, in text order. Indices are char indices into the scanned text; ends are exclusive. */
    interface Listener {

        /**
         * {@code [start, end)} reads back as the well-formed UTF-8 for {@code codePoint}. {@code telltale} marks a
         * shape that clean text practically never has (three or more characters, or a Latin-1, Latin Extended-A or
         * Greek character spelled in two).
         */
        void decodable(int start, int end, int codePoint, boolean telltale);

        /**
         * {@code [start, end)} reads back as a UTF-8 sequence some of whose bytes are missing or U+FFFD;
         * {@code telltale} as for {@link #decodable}.
         */
        void incomplete(int start, int end, boolean telltale);

        /** The character at {@code index} is in the run but does not belong to a sequence; it is left as it is. */
        void stray(int index);

        /** The current run ended. */
        void runEnded();
    }

    private SequenceScanner() {
    }

    static void scan(String text, CodePage page, Listener listener) {
        int length = text.length();
        boolean inRun = false;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII, nearly every character of any document: no code page maps it to a high byte.
                if (inRun) {
                    listener.runEnded();
                    inRun = false;
                }
                i++;
                continue;
            }
            int b = page.byteOf(c);
            if (b == CodePage.UNMAPPED) {
                if (inRun) {
                    listener.runEnded();
                    inRun = false;
                }
                i++;
            } else {
                inRun = true;
                i = scanSequence(text, i, b, page, listener);
            }
        }
        if (inRun) {
            listener.runEnded();
        }
    }

    /** Reports the sequence starting at {@code start}, whose byte is {@code lead}; returns where the next begins. */
    private static int scanSequence(String text, int start, int lead, CodePage page, Listener listener) {
        if (lead == CodePage.LOST_BYTE) {
            // A lone U+FFFD says a byte was lost, not which: not mojibake, so neither evidence nor changed.
            return start + 1;
        }
        int needed = Utf8.continuationCount(lead);
        if (needed == 0) {
            listener.stray(start);
            return start + 1;
        }
        int codePoint = Utf8.leadBits(lead, needed);
        int second = -1;
        boolean lostInside = false;
        int matched = 0;
        int end = start + 1;
        while (matched < needed && end < text.length()) {
            int b = page.byteOf(text.charAt(end));
            if (b == CodePage.LOST_BYTE && Utf8.lostByteFits(lead, matched)) {
                lostInside = true;
            } else if (b >= 0 && Utf8.fitsContinuation(lead, matched, b)) {
                codePoint = codePoint << 6 | b & 0x3F;
                if (matched == 0) {
                    second = b;
                }
            } else {
                break;
            }
            matched++;
            end++;
        }
        if (matched == 0) {
            // A lead byte on its own is an ordinary accented letter ("é" in "café"), not a broken sequence.
            listener.stray(start);
            return start + 1;
        }
        if (matched < needed || lostInside) {
            // A complete shape with U+FFFD for the lost byte, or the emoji prefix, says damage; a short prefix such as
            // "é…" or "ó”" does not, because real text contains those.
            listener.incomplete(start, end, matched == needed || lead == 0xF0 && second == 0x9F);
            return end;
        }
        // C2 80..C2 9F decode to C1 controls, which no real text contains; they are kept all the same because text
        // damaged twice as Latin-1 spells its first damage's C1 controls this way, and the next pass reads them back.
        listener.decodable(start, end, codePoint, isTelltale(lead, needed));
        return end;
    }

    /**
     * Whether a complete sequence is one that clean text practically never contains: three or four characters in a
     * row that spell well-formed UTF-8 ({@code â€™}, {@code ‚úÖ}, {@code ðŸ“Š}), or two that spell a Latin-1,
     * Latin Extended-A or Greek character ({@code Ã©}, {@code √©}, {@code Å‚}, {@code Î¼}). Other two-character
     * shapes also occur in clean text: {@code ß”} is DF 94 in Windows-1252, {@code “É} is D2 83 in Mac Roman.
     */
    private static boolean isTelltale(int lead, int continuationCount) {
        return continuationCount >= 2 || lead >= 0xC2 && lead <= 0xC5 || lead == 0xCE || lead == 0xCF;
    }
}
