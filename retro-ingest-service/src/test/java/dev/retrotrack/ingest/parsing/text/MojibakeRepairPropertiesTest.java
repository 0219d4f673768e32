package dev.retrotrack.ingest.parsing.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrotrack.ingest.parsing.text.MojibakeRepair.Damage;
import dev.retrotrack.ingest.parsing.text.MojibakeRepair.Repaired;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of {@link MojibakeRepair}: it never throws and is idempotent on any text, restores realistic text
 * damaged in each of the ways seen in practice, and leaves undamaged realistic text alone.
 */
class MojibakeRepairPropertiesTest {

    /** Non-ASCII characters teams write: Latin-1 and Central European letters, Greek, symbols, emoji, CJK. */
    private static final List<String> NON_ASCII = codePoints(
            latin1() + "ĀāĂăĄąĆćČčĎďĐđĒēĘęĚěĞğĪīıŁłŃńŇňŐőŒœŘřŚśŞşŠšŤťŮůŰűŸŹźŻżŽž"
                    + "αβγδεθλμπσφωΩΔ“”‘’‚„—–…•†‡‰‹›€™→←↑↓⇒✓✔✗✘✅❌⏳⚠★☕♥✨\uFE0F≈≠≤≥∞∑√"
                    + "🎉🚀📊📝🤝🔴🟠🟡🟢👍💡🔧🐛日本語中文한국어の完了");

    /** The same, without the characters whose UTF-8 has a byte Windows-1252 leaves undefined (and so loses). */
    private static final List<String> NON_ASCII_SURVIVING_WINDOWS_1252 =
            NON_ASCII.stream().filter(Mojibake::survivesWindows1252).toList();

    @Property
    void neverThrows(@ForAll("anyText") String text) {
        Repaired repaired = MojibakeRepair.repair(text);

        assertThat(repaired.text()).isNotNull();
        assertThat(repaired.notes()).allSatisfy(note -> assertThat(note.line()).isPositive());
    }

    @Property
    void isIdempotent(@ForAll("anyText") String text) {
        String once = MojibakeRepair.repair(text).text();

        assertThat(MojibakeRepair.repair(once).text()).isEqualTo(once);
    }

    @Property
    void isIdempotentOnDamagedText(
            @ForAll("realisticText") String original, @ForAll("damages") UnaryOperator<String> damage) {
        String once = MojibakeRepair.repair(damage.apply(original)).text();

        assertThat(MojibakeRepair.repair(once).text()).isEqualTo(once);
    }

    @Property
    void restoresTextDamagedAsWindows1252(@ForAll("realisticTextSurvivingWindows1252") String original) {
        assertRestores(original, Mojibake.asWindows1252(original), Damage.WINDOWS_1252);
    }

    @Property
    void restoresTextDamagedAsWindows1252WhenLostBytesSurvivedAsC1Controls(@ForAll("realisticText") String original) {
        assertRestores(original, Mojibake.asWindows1252KeepingUndefinedBytes(original), Damage.WINDOWS_1252);
    }

    @Property
    void restoresTextDamagedAsLatin1(@ForAll("realisticText") String original) {
        assertRestores(original, Mojibake.asLatin1(original), Damage.WINDOWS_1252);
    }

    @Property
    void restoresTextDamagedAsMacRoman(@ForAll("realisticText") String original) {
        assertRestores(original, Mojibake.asMacRoman(original), Damage.MAC_ROMAN);
    }

    @Property
    void dropsExactlyTheCharactersWhoseBytesWindows1252Lost(@ForAll("realisticText") String original) {
        String survivors = original.codePoints().mapToObj(Character::toString)
                .filter(Mojibake::survivesWindows1252).collect(Collectors.joining());

        Repaired repaired = MojibakeRepair.repair(Mojibake.asWindows1252(original));

        assertThat(repaired.text()).isEqualTo(survivors).doesNotContain("\uFFFD");
    }

    @Property
    void leavesRealisticTextUnchanged(@ForAll("realisticText") String clean) {
        Repaired repaired = MojibakeRepair.repair(clean);

        assertThat(repaired.text()).isSameAs(clean);
        assertThat(repaired.damage()).isEqualTo(Damage.NONE);
    }

    @Property
    void leavesCleanProseUnchanged(@ForAll("cleanProse") String clean) {
        Repaired repaired = MojibakeRepair.repair(clean);

        assertThat(repaired.text()).isSameAs(clean);
        assertThat(repaired.damage()).isEqualTo(Damage.NONE);
        assertThat(repaired.notes()).isEmpty();
    }

    @Property
    void leavesTextOfLowercaseAccentedLettersEmojiAndCjkUnchanged(@ForAll("accentedSoup") String clean) {
        // No two of these characters spell a UTF-8 sequence in either code page, whatever their order.
        assertThat(MojibakeRepair.repair(clean).text()).isSameAs(clean);
    }

    private static void assertRestores(String original, String damaged, Damage expected) {
        Repaired repaired = MojibakeRepair.repair(damaged);

        assertThat(repaired.text()).isEqualTo(original);
        assertThat(repaired.damage()).isEqualTo(damaged.equals(original) ? Damage.NONE : expected);
    }

    @Provide
    Arbitrary<String> anyText() {
        // Any BMP character (unpaired surrogates, NUL, controls, noncharacters included), and text made mostly of
        // mojibake material: every character either code page maps, C1 controls, U+FFFD, a few ASCII.
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> mojibakeMaterial = Arbitraries.strings()
                .withChars(new String(highBytes(), Mojibake.MAC_ROMAN).toCharArray())
                .withChars(new String(highBytes(), Mojibake.WINDOWS_1252).toCharArray())
                .withCharRange('\u0080', '\u009F')
                .withChars("\uFFFD\uF8FFa \n\r")
                .ofMaxLength(80);
        Arbitrary<String> damagedAgain = realisticText().map(Mojibake::asWindows1252).map(Mojibake::asMacRoman);
        return Arbitraries.oneOf(anything, mojibakeMaterial, damagedAgain);
    }

    @Provide
    Arbitrary<String> realisticText() {
        return textOf(NON_ASCII);
    }

    @Provide
    Arbitrary<String> realisticTextSurvivingWindows1252() {
        return textOf(NON_ASCII_SURVIVING_WINDOWS_1252);
    }

    @Provide
    Arbitrary<UnaryOperator<String>> damages() {
        return Arbitraries.<UnaryOperator<String>>of(
                Mojibake::asWindows1252, Mojibake::asWindows1252DroppingUndefinedBytes,
                Mojibake::asWindows1252KeepingUndefinedBytes, Mojibake::asLatin1, Mojibake::asMacRoman,
                text -> Mojibake.asWindows1252(Mojibake.asWindows1252(text)),
                text -> Mojibake.asMacRoman(Mojibake.asWindows1252(text)));
    }

    /**
     * Prose as people write it: words (an accented capital is followed by a plain letter, as in "Ångström"), some of
     * them quoted or followed by punctuation, fixed tokens such as "€100" or "🎉", separated by spaces, commas or
     * line breaks. It leaves out shapes that are ambiguous by nature, such as a word ending in an accented letter
     * directly followed by two punctuation marks ({@code café”…}), which spells a complete three-byte sequence.
     */
    @Provide
    Arbitrary<String> cleanProse() {
        Arbitrary<String> capital =
                Arbitraries.of(codePoints("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"));
        Arbitrary<String> lower = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(codePoints("abcdefghijklmnopqrstuvwxyz"))),
                Tuple.of(1, Arbitraries.of(codePoints("àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿßąćęłńśźżčřůőű"))));
        Arbitrary<String> plain = Arbitraries.of(codePoints("abcdefghijklmnopqrstuvwxyz"));
        Arbitrary<String> word = Combinators.combine(
                        Arbitraries.oneOf(capital, lower), plain, lower.list().ofMaxSize(8))
                .as((first, second, rest) -> first + second + String.join("", rest));
        Arbitrary<UnaryOperator<String>> dressing = Arbitraries.<UnaryOperator<String>>of(
                w -> w, w -> w, w -> w, w -> "“" + w + "”", w -> "‘" + w + "’", w -> "«\u00A0" + w + "\u00A0»",
                w -> "„" + w + "“", w -> "(" + w + ")", w -> w + "…", w -> w + "’s", w -> "**" + w + "**");
        Arbitrary<String> dressedWord = Combinators.combine(word, dressing).as((w, dress) -> dress.apply(w));
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(6, dressedWord),
                Tuple.of(1, Arbitraries.of("café", "naïve", "Zürich", "Straße", "cœur", "œuvre", "São", "Ærø",
                        "Žižek", "€100", "5 °C", "±2", "©2025", "½", "500 µs", "μs", "→", "⇒", "✅", "❌", "⏳", "🎉",
                        "🚀", "⚠️", "🔴", "🟢", "—", "–", "•", "·", "#", "|", "-", "日本語", "中文", "한국어",
                        "Привет", "мир", "Ελληνικά")));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", ", ", ". ", "\n", " — ");
        return Combinators.combine(token, separator).as((t, s) -> t + s).list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> accentedSoup() {
        return Arbitraries.of(codePoints("abc xyz\nàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþß🎉🚀✅→日本語"))
                .list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    /**
     * Text over ASCII and {@code nonAscii} in which no two characters that a code page maps are adjacent: such a pair
     * may itself look like mojibake ({@code ¬¢} is ¢ read as Mac Roman, {@code Â} + no-break space is a no-break space
     * read as Windows-1252) and then, rightly, does not survive repair, so no text containing one can be restored
     * exactly. Characters Windows-1252 cannot keep are placed the same way, so that dropping them does not bring two
     * such characters together. Other characters (emoji, CJK, arrows) may be adjacent to anything.
     */
    private static Arbitrary<String> textOf(List<String> nonAscii) {
        Arbitrary<String> ascii =
                Arbitraries.of(codePoints("abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 .,;:!?-#*|()\n"));
        Arbitrary<String> free = Arbitraries.of(nonAscii.stream().filter(c -> !needsSpace(c)).toList());
        Arbitrary<String> spaced = Arbitraries.of(nonAscii.stream().filter(c -> needsSpace(c)).toList());
        Arbitrary<String> spacedThenOther = Combinators.combine(spaced, Arbitraries.oneOf(ascii, free))
                .as((first, second) -> first + second);
        return Arbitraries.frequencyOf(Tuple.of(3, ascii), Tuple.of(1, free), Tuple.of(2, spacedThenOther))
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    /** Whether a code page maps {@code character}, or Windows-1252 cannot keep it. */
    private static boolean needsSpace(String character) {
        char c = character.charAt(0);
        boolean mapped = character.length() == 1
                && (CodePage.WINDOWS_1252.byteOf(c) >= 0 || CodePage.MAC_ROMAN.byteOf(c) >= 0);
        return mapped || !Mojibake.survivesWindows1252(character);
    }

    private static String latin1() {
        StringBuilder latin1 = new StringBuilder();
        for (char c = '\u00A0'; c <= '\u00FF'; c++) {
            latin1.append(c);
        }
        return latin1.toString();
    }

    private static byte[] highBytes() {
        byte[] bytes = new byte[128];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        return bytes;
    }

    private static List<String> codePoints(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }
}
