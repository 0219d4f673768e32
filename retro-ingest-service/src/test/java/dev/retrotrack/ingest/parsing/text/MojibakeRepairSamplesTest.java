package dev.retrotrack.ingest.parsing.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrotrack.ingest.parsing.text.MojibakeRepair.Damage;
import dev.retrotrack.ingest.parsing.text.MojibakeRepair.Note;
import dev.retrotrack.ingest.parsing.text.MojibakeRepair.Repaired;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real uploaded retros (copies of {@code shared/samples/retros} in the test resources). */
class MojibakeRepairSamplesTest {

    @Test
    void leavesTheCleanSampleByteIdentical() throws IOException {
        byte[] original = sampleBytes("000_38001d1a66f0c17f.txt");

        Repaired repaired = MojibakeRepair.repair(new String(original, StandardCharsets.UTF_8));

        assertThat(repaired.text().getBytes(StandardCharsets.UTF_8)).isEqualTo(original);
        assertThat(repaired.damage()).isEqualTo(Damage.NONE);
        assertThat(repaired.notes()).isEmpty();
    }

    @Test
    void repairsTheSampleDamagedAsWindows1252() throws IOException {
        String damaged = sample("002_623814e9645e2a49.txt");
        assertThat(damaged).contains("ðŸ“Š Epic Summary", "âš\u00A0ï¸ Challenges", "500Î¼s");

        Repaired repaired = MojibakeRepair.repair(damaged);

        assertThat(repaired.damage()).isEqualTo(Damage.WINDOWS_1252);
        assertThat(Mojibake.fragmentsIn(repaired.text())).isEmpty();
        assertThat(repaired.text()).contains(
                "## 📊 Epic Summary", "## 🌟 What Went Well", "## ⚠ Challenges & Struggles", "< 500μs (P99)",
                "## 🚀 Next Epic Readiness", "Epic 7 is not yet defined in the backlog. \n");
        // 📝 and 🤝 lost their last byte 0x9D, and the U+FE0F after ⚠ its 0x8F, so all that is left of them is gone.
        assertThat(repaired.text()).contains("##  Action Items", "##  Team Commitment");
        assertThat(repaired.notes()).filteredOn(note -> note.message().startsWith("dropped")).containsExactly(
                new Note(23, "dropped 1 unrecoverable byte sequence damaged as Windows-1252"),
                new Note(30, "dropped 1 unrecoverable byte sequence damaged as Windows-1252"),
                new Note(50, "dropped 1 unrecoverable byte sequence damaged as Windows-1252"));
        assertThat(repaired.notes()).filteredOn(note -> note.message().startsWith("repaired"))
                .extracting(Note::line).containsExactly(7, 14, 18, 23, 41);
        assertOnlyNonAsciiCharactersChanged(damaged, repaired.text());
    }

    @Test
    void repairsTheSampleDamagedAsMacRoman() throws IOException {
        String damaged = sample("003_8cedfb38adeec1d1.txt");
        assertThat(damaged).contains("\uF8FFüéâ Executive Summary", "‚úÖ Done");

        Repaired repaired = MojibakeRepair.repair(damaged);

        assertThat(repaired.damage()).isEqualTo(Damage.MAC_ROMAN);
        assertThat(Mojibake.fragmentsIn(repaired.text())).isEmpty();
        assertThat(repaired.text()).contains(
                "## 🎉 Executive Summary", "| DM-09.1 | OpenTelemetry Integration | - | ✅ Done |",
                "## 🔧 Technical Debt Identified", "### 🔴 Critical Priority", "### 🟠 High Priority",
                "### 🟡 Medium Priority", "### 🟢 Low Priority", "## 📊 Metrics", "## 💡 Recommendations",
                "## 🔄 Process Observations", "## 📝 Lessons Learned", "## 📋", "## 📚");
        assertThat(occurrences(repaired.text(), "✅")).isEqualTo(occurrences(damaged, "‚úÖ")).isEqualTo(28);
        assertThat(repaired.notes()).allSatisfy(note ->
                assertThat(note.message()).matches("repaired \\d+ characters? damaged as Mac Roman"));
        assertOnlyNonAsciiCharactersChanged(damaged, repaired.text());
    }

    @Test
    void repairedSamplesStayAsTheyAre() throws IOException {
        for (String name : List.of("000_38001d1a66f0c17f.txt", "002_623814e9645e2a49.txt", "003_8cedfb38adeec1d1.txt")) {
            String once = MojibakeRepair.repair(sample(name)).text();

            assertThat(MojibakeRepair.repair(once).text()).as(name).isEqualTo(once);
        }
    }

    /** Mojibake lives in non-ASCII runs only, so the ASCII skeleton (markup, tables, line breaks) must be untouched. */
    private static void assertOnlyNonAsciiCharactersChanged(String damaged, String repaired) {
        assertThat(asciiOnly(repaired)).isEqualTo(asciiOnly(damaged));
    }

    private static String asciiOnly(String text) {
        return text.codePoints().filter(c -> c < 0x80)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String sample(String name) throws IOException {
        return new String(sampleBytes(name), StandardCharsets.UTF_8);
    }

    /** The shared samples, copied into the test resources so the test always runs. */
    private static byte[] sampleBytes(String name) throws IOException {
        try (InputStream in = MojibakeRepairSamplesTest.class.getResourceAsStream("/parsing/samples/" + name)) {
            assertThat(in).as("sample " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
