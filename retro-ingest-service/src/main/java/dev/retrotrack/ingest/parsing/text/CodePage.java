package dev.retrotrack.ingest.parsing.text;

/**
 * The single-byte code pages whose wrong use produces the mojibake we repair, as the reverse mapping we need: from a
 * character in the damaged text back to the byte (0x80..0xFF) it was decoded from.
 *
 * <p>The tables are spelled out rather than taken from {@link java.nio.charset.Charset} because the JDK's tables are
 * not what the damage was done with: Java decodes the five bytes Windows-1252 leaves undefined as U+FFFD, while
 * browsers and Python's "sloppy" decoders keep them as C1 control characters, and some Mac Roman decoders use older
 * or Greek spellings of a few symbols. Tests check the tables against the JDK's.
 */
enum CodePage {

    /** Windows-1252, plus ISO-8859-1 (whose 0x80..0x9F are the C1 controls) which damages text the same way. */
    WINDOWS_1252("Windows-1252", MojibakeRepair.Damage.WINDOWS_1252, true, ""
        + "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" // 80-8F
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178" // 90-9F
        + "\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00AF" // A0-AF
        + "\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BA\u00BB\u00BC\u00BD\u00BE\u00BF" // B0-BF
        + "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF" // C0-CF
        + "\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF" // D0-DF
        + "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF" // E0-EF
        + "\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00FF"), // F0-FF

    /** Mac OS Roman as the JDK's {@code x-MacRoman} decodes it (0xF0 is the Apple logo, U+F8FF). */
    MAC_ROMAN("Mac Roman", MojibakeRepair.Damage.MAC_ROMAN, false, ""
        + "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8" // 80-8F
        + "\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC" // 90-9F
        + "\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8" // A0-AF
        + "\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8" // B0-BF
        + "\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153" // C0-CF
        + "\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02" // D0-DF
        + "\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4" // E0-EF
        + "\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7"); // F0-FF

    /** {@link #byteOf} for a character this code page never produces (ASCII included). */
    static final int UNMAPPED = -1;
    /** {@link #byteOf} for U+FFFD where it stands for a byte the damaging decoder could not map. */
    static final int LOST_BYTE = -2;

    private final String label;
    private final MojibakeRepair.Damage damage;
    private final boolean hasUndefinedBytes;
    /** Indexed by char; 0 means unmapped (0 is never a high byte). 64 KiB buys a branch-free hot loop. */
    private final byte[] byteByChar = new byte[Character.MAX_VALUE + 1];

    CodePage(String label, MojibakeRepair.Damage damage, boolean hasUndefinedBytes, String highHalf) {
        this.label = label;
        this.damage = damage;
        this.hasUndefinedBytes = hasUndefinedBytes;
        for (int i = 0; i < highHalf.length(); i++) {
            byteByChar[highHalf.charAt(i)] = (byte) (0x80 + i);
        }
        if (hasUndefinedBytes) {
            // ISO-8859-1 decodes every byte 0x80..0x9F as the C1 control of the same value; no real text contains
            // C1 controls, so reading them back as those bytes is safe and also covers Latin-1 damage.
            for (char c = '\u0080'; c <= '\u009F'; c++) {
                byteByChar[c] = (byte) c;
            }
        } else {
            // Other spellings of Mac Roman symbols used by older tables and non-JDK decoders.
            byteByChar['\u2126'] = (byte) 0xBD; // OHM SIGN for GREEK CAPITAL LETTER OMEGA
            byteByChar['\u0394'] = (byte) 0xC6; // GREEK CAPITAL LETTER DELTA for INCREMENT
            byteByChar['\u03BC'] = (byte) 0xB5; // GREEK SMALL LETTER MU for MICRO SIGN
            byteByChar['\u00A4'] = (byte) 0xDB; // CURRENCY SIGN, 0xDB before Mac OS 8.5 made it the euro
        }
    }

    /**
     * The byte (0x80..0xFF) this code page decodes to {@code c}, {@link #LOST_BYTE} for U+FFFD where the code page
     * has undefined bytes, else {@link #UNMAPPED}.
     */
    int byteOf(char c) {
        int b = byteByChar[c] & 0xFF;
        if (b != 0) {
            return b;
        }
        return c == '\uFFFD' && hasUndefinedBytes ? LOST_BYTE : UNMAPPED;
    }

    /** The name used in notes, e.g. "Windows-1252". */
    String label() {
        return label;
    }

    MojibakeRepair.Damage damage() {
        return damage;
    }
}
