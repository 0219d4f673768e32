package dev.retrotrack.ingest.parsing.text;

/**
 * The shape of well-formed UTF-8 (RFC 3629 / Unicode table 3-7), byte by byte. Checking each position against its
 * exact range is what "strict" means here: no overlong forms, no surrogates, nothing above U+10FFFF.
 */
final class Utf8 {

    /** The bytes Windows-1252 leaves undefined; a decoder that met one dropped it or wrote U+FFFD instead. */
    private static final int[] BYTES_WINDOWS_1252_LOSES = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

    private Utf8() {
    }

    /** How many continuation bytes follow {@code lead}; 0 if it cannot start a multi-byte sequence. */
    static int continuationCount(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 3;
        }
        return 0;
    }

    /** Whether {@code b} may be continuation byte number {@code position} (0-based) after {@code lead}. */
    static boolean fitsContinuation(int lead, int position, int b) {
        return b >= lowest(lead, position) && b <= highest(lead, position);
    }

    /** Whether some byte Windows-1252 loses could have stood at continuation {@code position} after {@code lead}. */
    static boolean lostByteFits(int lead, int position) {
        for (int b : BYTES_WINDOWS_1252_LOSES) {
            if (fitsContinuation(lead, position, b)) {
                return true;
            }
        }
        return false;
    }

    /** The code point bits a lead byte contributes, before the continuation bytes' six bits each are shifted in. */
    static int leadBits(int lead, int continuationCount) {
        return lead & (0x7F >> (continuationCount + 1));
    }

    private static int lowest(int lead, int position) {
        if (position == 0 && lead == 0xE0) {
            return 0xA0; // below is an overlong 3-byte form
        }
        if (position == 0 && lead == 0xF0) {
            return 0x90; // below is an overlong 4-byte form
        }
        return 0x80;
    }

    private static int highest(int lead, int position) {
        if (position == 0 && lead == 0xED) {
            return 0x9F; // above are the surrogates U+D800..U+DFFF
        }
        if (position == 0 && lead == 0xF4) {
            return 0x8F; // above is beyond U+10FFFF
        }
        return 0xBF;
    }
}
