package dev.retrotrack.ingest.parsing.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.retrotrack.ingest.parsing.text.MojibakeRepair.Damage;
import dev.retrotrack.ingest.parsing.text.MojibakeRepair.Note;
import dev.retrotrack.ingest.parsing.text.MojibakeRepair.Repaired;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {

    /**
     * Originals as teams write them. Each test damages them one way and expects them back exactly, except for the
     * characters that the JDK's Windows-1252 decoder destroys.
     */
    static Stream<String> originals() {
        return Stream.of(
                "## 📊 Epic Summary",
                "- **Performance:** < 500μs (P99) reflex latency maintained.",
                "café, naïve, Zürich, Straße, São Paulo, Ångström, œuvre, façade, Dvořák, Łódź",
                "“smart quotes”, ‘single’, „German“, «French» — em dash – en dash … ellipsis",
                "→ ← ↑ ↓ ⇒ • ·",
                "| DM-09.1 | OpenTelemetry | ✅ Done | ❌ Failed | ⏳ Waiting |",
                "### 🔴 Critical 🟠 High 🟡 Medium 🟢 Low",
                "## ⚠️ Challenges & Struggles",
                "## 🎉 🚀 🤝 📝 💡 🔄 📋 📚 🔧 🌟",
                "€100, £5, ¥300, ©2025, ®, ™, ±2 °C, ½, ¼, µs, ¶, §3",
                "日本語のテキスト、中文，한국어",
                "Привет, мир; Ελληνικά",
                "\uFEFF# Retro with a byte order mark",
                "Line one ✅\nLine two: café\r\nLine three 🚀");
    }

    static Stream<String> originalsWindows1252Keeps() {
        return originals().filter(Mojibake::survivesWindows1252);
    }

    static Stream<String> originalsWindows1252Damages() {
        return originals().filter(original -> !Mojibake.survivesWindows1252(original));
    }

    @ParameterizedTest
    @MethodSource("originalsWindows1252Keeps")
    void repairsWindows1252Mojibake(String original) {
        Repaired repaired = MojibakeRepair.repair(Mojibake.asWindows1252(original));

        assertThat(repaired.text()).isEqualTo(original);
        assertThat(repaired.damage()).isEqualTo(Damage.WINDOWS_1252);
        assertThat(repaired.notes()).isNotEmpty().allSatisfy(note -> assertThat(note.message())
                .matches("repaired \\d+ characters? damaged as Windows-1252"));
    }

    @ParameterizedTest
    @MethodSource("originalsWindows1252Damages")
    void repairsWindows1252MojibakeExceptCharactersWhoseBytesWereLost(String original) {
        // The JDK's decoder writes U+FFFD for 0x81 0x8D 0x8F 0x90 0x9D: characters with such a byte cannot come back.
        String survivors = original.codePoints().mapToObj(Character::toString)
                .filter(Mojibake::survivesWindows1252).collect(Collectors.joining());

        Repaired repaired = MojibakeRepair.repair(Mojibake.asWindows1252(original));

        assertThat(repaired.text()).isEqualTo(survivors);
        assertThat(repaired.damage()).isEqualTo(Damage.WINDOWS_1252);
        assertThat(repaired.notes()).anySatisfy(note -> assertThat(note.message())
                .matches("dropped \\d+ unrecoverable byte sequences? damaged as Windows-1252"));
    }

    @ParameterizedTest
    @MethodSource("originals")
    void restoresBytesThatWindows1252LeavesUndefinedWhenTheySurvivedAsC1Controls(String original) {
        Repaired repaired = MojibakeRepair.repair(Mojibake.asWindows1252KeepingUndefinedBytes(original));

        assertThat(repaired.text()).isEqualTo(original);
        assertThat(repaired.damage()).isEqualTo(Damage.WINDOWS_1252);
    }

    @ParameterizedTest
    @MethodSource("originals")
    void repairsLatin1MojibakeAsWindows1252Damage(String original) {
        Repaired repaired = MojibakeRepair.repair(Mojibake.asLatin1(original));

        assertThat(repaired.text()).isEqualTo(original);
        assertThat(repaired.damage()).isEqualTo(Damage.WINDOWS_1252);
    }

    @ParameterizedTest
    @MethodSource("originals")
    void repairsMacRomanMojibake(String original) {
        Repaired repaired = MojibakeRepair.repair(Mojibake.asMacRoman(original));

        assertThat(repaired.text()).isEqualTo(original);
        assertThat(repaired.damage()).isEqualTo(Damage.MAC_ROMAN);
        assertThat(repaired.notes()).isNotEmpty().allSatisfy(note -> assertThat(note.message())
                .matches("repaired \\d+ characters? damaged as Mac Roman"));
    }

    @Test
    void tellsMacRomanDamageFromWindows1252DamageOfTheSameText() {
        // "Ã©" (é as Windows-1252) is also valid UTF-8 read back as Mac Roman (CC A9); the document decides.
        String original = "élève à l’école, ça va très bien. Déjà vu. Crème brûlée. ✅";

        Repaired fromWindows = MojibakeRepair.repair(Mojibake.asWindows1252(original));
        Repaired fromMac = MojibakeRepair.repair(Mojibake.asMacRoman(original));

        assertThat(fromWindows.damage()).isEqualTo(Damage.WINDOWS_1252);
        assertThat(fromWindows.text()).isEqualTo(original);
        assertThat(fromMac.damage()).isEqualTo(Damage.MAC_ROMAN);
        assertThat(fromMac.text()).isEqualTo(original);
    }

    @Test
    void dropsSequencesWhoseBytesWereLostWithANote() {
        // As in sample 002: the decoder skipped bytes it had no character for, so ⚠️ lost the 0x8F of U+FE0F and
        // 📝 and 🤝 their last byte 0x9D.
        String original = "# Retro\n## ⚠️ Challenges\n## 📝 Action Items\n## 🤝 Team Commitment\n";
        String damaged = Mojibake.asWindows1252DroppingUndefinedBytes(original);
        assertThat(damaged)
                .isEqualTo("# Retro\n## âš\u00A0ï¸ Challenges\n## ðŸ“ Action Items\n## ðŸ¤ Team Commitment\n");

        Repaired repaired = MojibakeRepair.repair(damaged);

        assertThat(repaired.text()).isEqualTo("# Retro\n## ⚠ Challenges\n##  Action Items\n##  Team Commitment\n");
        assertThat(repaired.damage()).isEqualTo(Damage.WINDOWS_1252);
        assertThat(repaired.notes()).containsExactly(
                new Note(2, "repaired 1 character damaged as Windows-1252"),
                new Note(2, "dropped 1 unrecoverable byte sequence damaged as Windows-1252"),
                new Note(3, "dropped 1 unrecoverable byte sequence damaged as Windows-1252"),
                new Note(4, "dropped 1 unrecoverable byte sequence damaged as Windows-1252"));
        assertThat(Mojibake.fragmentsIn(repaired.text())).isEmpty();
    }

    @Test
    void dropsSequencesWhoseLostBytesBecameReplacementCharacters() {
        String original = "## ⚠️ Challenges, ❌ failed, ⏳ waiting, ✅ done";
        String damaged = Mojibake.asWindows1252(original);
        assertThat(damaged).contains("\uFFFD");

        Repaired repaired = MojibakeRepair.repair(damaged);

        assertThat(repaired.text()).isEqualTo("## ⚠ Challenges,  failed,  waiting, ✅ done");
        assertThat(repaired.notes()).containsExactly(
                new Note(1, "repaired 2 characters damaged as Windows-1252"),
                new Note(1, "dropped 3 unrecoverable byte sequences damaged as Windows-1252"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "café", "naïve", "Zürich", "€100", "Straße", "résumé", "Ångström", "São Paulo", "Ærøskøbing",
        "“smart quotes” and ‘single’ ones", "an em — dash, an en – dash and an ellipsis…", "🎉 ✅ ❌ ⏳ 🔴 🟢",
        "日本語のテキスト", "Привет, мир", "Ελληνικά", "μ", "±2 °C, ©2025, ½",
        // Chance hits: these spell valid UTF-8 under one code page but are not mojibake.
        "ein Fuß”", "“École” and «Ça va»", "„Über“ and ‚Äpfel‘", "“He said ‘café’”", "Hún sagði „já“",
        "«\u00A0café\u00A0», «\u00A0déjà\u00A0»", "canción”…", "—élan", "é\uFFFD", "Â", "Ã", "SÃO PAULO", "\uFFFD"})
    void leavesCleanTextUnchanged(String clean) {
        Repaired repaired = MojibakeRepair.repair(clean);

        assertThat(repaired.text()).isSameAs(clean);
        assertThat(repaired.damage()).isEqualTo(Damage.NONE);
        assertThat(repaired.notes()).isEmpty();
    }

    @Test
    void leavesACleanMultilingualDocumentUnchanged() throws IOException {
        String clean = resource("clean-multilingual.md");

        Repaired repaired = MojibakeRepair.repair(clean);

        assertThat(repaired.text()).isEqualTo(clean);
        assertThat(repaired.damage()).isEqualTo(Damage.NONE);
        assertThat(repaired.notes()).isEmpty();
    }

    @Test
    void repairsOnlyTheDamagedRunsOfAMixedDocument() {
        // Damaged headings, then lines someone typed after the damage: their "é" and "—" are real and must stay.
        String damaged = Mojibake.asWindows1252("## ✅ What went well\n## 🚀 Next\n")
                + "Added later: café — naïve résumé\n"
                + Mojibake.asWindows1252("- Zürich team’s ‘deploy’ → done\n");

        Repaired repaired = MojibakeRepair.repair(damaged);

        assertThat(repaired.text()).isEqualTo("## ✅ What went well\n## 🚀 Next\n"
                + "Added later: café — naïve résumé\n"
                + "- Zürich team’s ‘deploy’ → done\n");
        assertThat(repaired.notes()).containsExactly(
                new Note(1, "repaired 1 character damaged as Windows-1252"),
                new Note(2, "repaired 1 character damaged as Windows-1252"),
                new Note(4, "repaired 5 characters damaged as Windows-1252"));
    }

    @Test
    void numbersNotesByInputLineWhateverTheLineEndings() {
        String damaged = Mojibake.asMacRoman("a\r\nb ✅\rc\n\nd 🎉 é\r\n");

        Repaired repaired = MojibakeRepair.repair(damaged);

        assertThat(repaired.text()).isEqualTo("a\r\nb ✅\rc\n\nd 🎉 é\r\n");
        assertThat(repaired.notes()).extracting(Note::line).containsExactly(2, 5);
        assertThat(repaired.notes().get(1).message()).isEqualTo("repaired 2 characters damaged as Mac Roman");
    }

    @Test
    void repairsTextDamagedTwice() {
        String original = "Déjà vu: the ‘same’ bug again in Zürich, fixed ✅";
        String once = Mojibake.asWindows1252(original);
        assertThat(Mojibake.survivesWindows1252(original) && Mojibake.survivesWindows1252(once)).isTrue();
        String twice = Mojibake.asWindows1252(once);

        Repaired repaired = MojibakeRepair.repair(twice);

        assertThat(repaired.text()).isEqualTo(original);
        assertThat(repaired.damage()).isEqualTo(Damage.WINDOWS_1252);
        assertThat(MojibakeRepair.repair(repaired.text()).text()).isEqualTo(original);
    }

    @Test
    void repairsTextDamagedUpToFourTimes() {
        String original = "café, naïve, Zürich";
        String damaged = original;
        for (int times = 1; times <= 4; times++) {
            damaged = Mojibake.asLatin1(damaged);

            assertThat(MojibakeRepair.repair(damaged).text()).as("damaged %d times", times).isEqualTo(original);
        }
    }

    @Test
    void leavesTextUnchangedWithANoteWhenRepairDoesNotSettle() {
        String damagedFiveTimes = "café";
        for (int times = 1; times <= 5; times++) {
            damagedFiveTimes = Mojibake.asLatin1(damagedFiveTimes);
        }

        Repaired repaired = MojibakeRepair.repair(damagedFiveTimes);

        assertThat(repaired.text()).isEqualTo(damagedFiveTimes);
        assertThat(repaired.damage()).isEqualTo(Damage.WINDOWS_1252);
        assertThat(repaired.notes()).containsExactly(
                new Note(1, "left unchanged: the repair did not settle after 4 passes"));
        assertThat(MojibakeRepair.repair(repaired.text()).text()).isEqualTo(repaired.text());
    }

    @Test
    void isIdempotent() {
        for (String damaged : List.of(
                Mojibake.asWindows1252DroppingUndefinedBytes("## ⚠️ Challenges ❌ 📝"),
                Mojibake.asMacRoman(Mojibake.asWindows1252("café ✅")),
                "Ã" + Mojibake.asWindows1252DroppingUndefinedBytes("🤝") + "©",
                "ðŸ\uFFFD\uFFFDÃ©é”…")) {
            String once = MojibakeRepair.repair(damaged).text();

            assertThat(MojibakeRepair.repair(once).text()).as("repair of %s", damaged).isEqualTo(once);
        }
    }

    @Test
    void neverThrowsOnOddInput() {
        List<String> odd = List.of("", "\u0000", "\uD800", "\uDC00abc\uD800", "\uD83D", "ðŸ\uD83D", "\uFFFD\uFFFD",
                "\u0081\u008D\u008F\u0090\u009D", "\uF8FF", "\uF8FFü", "Ã\u0000©", "â€", "\uFEFF", "\r", "\n\r\n\r",
                "\uFFFF\uFFFE", "\u00C2\u0080");
        for (String text : odd) {
            assertThatCode(() -> MojibakeRepair.repair(text)).as("repair of %s", text).doesNotThrowAnyException();
        }
    }

    @Test
    void treatsNullAsTheEmptyText() {
        assertThat(MojibakeRepair.repair(null)).isEqualTo(new Repaired("", Damage.NONE, List.of()));
    }

    @Test
    void keepsUnpairedSurrogatesAndControlCharacters() {
        String text = "\uD800 NUL\u0000 " + Mojibake.asWindows1252("✅ ok") + " \uDC00";

        assertThat(MojibakeRepair.repair(text).text()).isEqualTo("\uD800 NUL\u0000 ✅ ok \uDC00");
    }

    @Test
    void completesOnFiveMegabytesOfPathologicalInput() {
        // Not a timing test: a quadratic algorithm would not finish these in the normal test run.
        int size = 5 * 1024 * 1024;

        assertThat(MojibakeRepair.repair("Ã".repeat(size)).damage()).isEqualTo(Damage.NONE);
        assertThat(MojibakeRepair.repair("Ã©".repeat(size / 2)).text()).isEqualTo("é".repeat(size / 2));
        assertThat(MojibakeRepair.repair("ðŸ".repeat(size / 2)).text()).isEmpty();
        assertThat(MojibakeRepair.repair("ÃƒÂ©".repeat(size / 4)).text()).isEqualTo("é".repeat(size / 4));
        assertThat(MojibakeRepair.repair("\uF8FFü".repeat(size / 2)).text()).isEmpty();
        assertThat(MojibakeRepair.repair("â\uFFFD\uFFFD".repeat(size / 3)).text()).isEmpty();
        assertThat(MojibakeRepair.repair("â\uFFFD".repeat(size / 2)).damage()).isEqualTo(Damage.NONE);
        assertThat(MojibakeRepair.repair("é”…ß”".repeat(size / 5)).damage()).isNotNull();
        assertThat(MojibakeRepair.repair("a\n".repeat(size / 4) + "Ã©".repeat(size / 4)).notes()).hasSize(1);
        assertThat(MojibakeRepair.repair("Ã© ðŸ\n".repeat(size / 32)).notes()).hasSize(2 * (size / 32));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MojibakeRepairTest.class.getResourceAsStream("/parsing/text/" + name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
