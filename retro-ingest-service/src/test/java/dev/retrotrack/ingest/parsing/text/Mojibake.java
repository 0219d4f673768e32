package dev.retrotrack.ingest.parsing.text;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Test helper: produces mojibake the way real tools did, and recognises what is left of it. */
final class Mojibake {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    /**
     * Fragments typical of mojibake: Windows-1252 ({@code Ã Â â€ ðŸ ï¸ ï»¿}) and Mac Roman ({@code ‚Ä ‚ú ‚ù √ ¬†
     * Ô∏è}, the Apple logo), plus C1 controls and U+FFFD.
     */
    private static final List<String> FRAGMENTS = List.of(
            "Ã", "Â", "â€", "ðŸ", "ï¸", "ï»¿", "‚Ä", "‚ú", "‚ù", "√", "¬†", "Ô∏è", "\uF8FF", "\uFFFD");
    private static final Pattern C1_CONTROL = Pattern.compile("[\\x{80}-\\x{9F}]");

    private Mojibake() {
    }

    /** UTF-8 read as Windows-1252 by the JDK: the five undefined bytes become U+FFFD. */
    static String asWindows1252(String original) {
        return new String(original.getBytes(UTF_8), WINDOWS_1252);
    }

    /** UTF-8 read as Windows-1252 by a decoder that silently skips undefined bytes, as in sample 002. */
    static String asWindows1252DroppingUndefinedBytes(String original) {
        return asWindows1252(original).replace("\uFFFD", "");
    }

    /** UTF-8 read as Windows-1252 the way browsers do it (WHATWG): undefined bytes become C1 controls. */
    static String asWindows1252KeepingUndefinedBytes(String original) {
        byte[] bytes = original.getBytes(UTF_8);
        StringBuilder damaged = new StringBuilder();
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            String decoded = new String(new byte[] {b}, WINDOWS_1252);
            damaged.append(decoded.equals("\uFFFD") ? String.valueOf((char) unsigned) : decoded);
        }
        return damaged.toString();
    }

    /** UTF-8 read as ISO-8859-1 (bytes 0x80..0x9F become C1 controls). */
    static String asLatin1(String original) {
        return new String(original.getBytes(UTF_8), ISO_8859_1);
    }

    /** UTF-8 read as Mac Roman by the JDK. */
    static String asMacRoman(String original) {
        return new String(original.getBytes(UTF_8), MAC_ROMAN);
    }

    /** Whether every UTF-8 byte of {@code text} survives a Windows-1252 decode (none is 0x81 0x8D 0x8F 0x90 0x9D). */
    static boolean survivesWindows1252(String text) {
        for (byte b : text.getBytes(UTF_8)) {
            int unsigned = b & 0xFF;
            if (unsigned == 0x81 || unsigned == 0x8D || unsigned == 0x8F || unsigned == 0x90 || unsigned == 0x9D) {
                return false;
            }
        }
        return true;
    }

    /** The mojibake fragments found in {@code text}; empty if none. */
    static List<String> fragmentsIn(String text) {
        List<String> found = new ArrayList<>(FRAGMENTS.stream().filter(text::contains).toList());
        var c1 = C1_CONTROL.matcher(text);
        if (c1.find()) {
            found.add("C1 control U+%04X".formatted((int) c1.group().charAt(0)));
        }
        return found;
    }
}
