package dev.retrotrack.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrotrack.events.ItemStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Status cells as teams write them: a status first and a note after it, where the note may hold status words of its
 * own. Cases from an independent review, each once read wrongly.
 */
class StatusWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Pending — waiting for the DB to be moved to the new host | OPEN
            Blocked — vendor postponed the sandbox release           | BLOCKED
            ❌ Not started — the team moved to the outage response   | OPEN
            🚫 Vendor postponed the call twice                       | BLOCKED
            ⏳ In progress (carried over from Epic 4)                | IN_PROGRESS
            ✅ Done (carried over from Epic 4)                       | DONE
            """)
    void readsTheStatusWrittenFirstWhatEverItsNoteSays(String cell, ItemStatus expected) {
        assertThat(Statuses.ofStory(cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ❌ Deferred to Epic 3                  | DEFERRED
            Not done — moved to Epic 9             | DEFERRED
            Not started — pushed to the next sprint | DEFERRED
            ❌ — moved to DF-3                     | DEFERRED
            Carried forward                        | DEFERRED
            Deferred to Q1 by the marketing team   | DEFERRED
            """)
    void takesWhereTheWorkWentOverABareNotDone(String cell, ItemStatus expected) {
        assertThat(Statuses.ofStory(cell)).isEqualTo(expected);
    }

    @Test
    void takesADescriptionOrADeadlineAfterAStatusWordForNoStatus() {
        assertThat(Statuses.withNote("Open to all engineers every Thursday since sprint 2")).isNull();
        assertThat(Statuses.withNote("ready to delete once the last client moves")).isNull();
        assertThat(Statuses.withNote("Done by Friday before each demo")).isNull();
        assertThat(Statuses.withNote("Done by Dana on Tuesday")).satisfies(noted -> {
            assertThat(noted.status()).isEqualTo(ItemStatus.DONE);
            assertThat(noted.note()).isEqualTo("by Dana on Tuesday");
        });
        assertThat(Statuses.withNote("fixed in sprint 3").status()).isEqualTo(ItemStatus.DONE);
    }
}
