package dev.retrotrack.tracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import org.junit.jupiter.api.Test;

class TrackedItemTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private static ItemDraft draft(String owner, String deadline, Priority priority, ItemStatus status) {
        return new ItemDraft(ItemKind.ACTION, "Add lint gate", owner, deadline, priority, status, null, null, null,
                null);
    }

    @Test
    void raisedItemStartsOpenWhenTheRetroGivesNoStatusAndRecordsWhichRetroRaisedIt() {
        TrackedItem item = TrackedItem.raise("phoenix", "E-1", draft("Charlie", null, null, null), "retro-1", T0);

        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(item.stateVersion()).isEqualTo(1);
        assertThat(item.history()).singleElement().satisfies(entry -> {
            assertThat(entry.cause()).isEqualTo(ChangeCause.RETRO);
            assertThat(entry.actor()).isEqualTo("retro-1");
            assertThat(entry.from()).isNull();
            assertThat(entry.to()).isEqualTo(ItemStatus.OPEN);
        });
    }

    @Test
    void raisedItemKeepsTheStatusTheRetroReports() {
        TrackedItem item = TrackedItem.raise("phoenix", "E-1", draft(null, null, null, ItemStatus.IN_PROGRESS),
                "retro-1", T0);

        assertThat(item.status()).isEqualTo(ItemStatus.IN_PROGRESS);
    }

    @Test
    void isoDeadlineBecomesTheDueDateAndOtherPhrasesAreKeptUnresolved() {
        assertThat(TrackedItem.raise("t", "E", draft(null, "2026-12-01", null, null), "r", T0).dueDate())
                .isEqualTo(LocalDate.of(2026, 12, 1));
        TrackedItem phrased = TrackedItem.raise("t", "E", draft(null, "next sprint", null, null), "r", T0);
        assertThat(phrased.dueDate()).isNull();
        assertThat(phrased.deadline()).isEqualTo("next sprint");
    }

    @Test
    void restatingWithNothingNewChangesNothing() {
        TrackedItem item = TrackedItem.raise("t", "E", draft("Charlie", null, Priority.HIGH, null), "r1", T0);

        assertThat(item.restatedBy(draft("Charlie", null, Priority.HIGH, null), "r1", T0.plusSeconds(60)))
                .isSameAs(item);
    }

    @Test
    void restatingTakesOverStatedDetailsKeepsUnstatedOnesAndNeverChangesTheState() {
        TrackedItem item = TrackedItem.raise("t", "E", draft("Charlie", "2026-12-01", Priority.HIGH, null), "r1",
                T0);

        TrackedItem restated = item.restatedBy(draft("Dana", null, null, ItemStatus.DONE), "r2",
                T0.plusSeconds(60));

        assertThat(restated.owner()).isEqualTo("Dana");
        assertThat(restated.deadline()).isEqualTo("2026-12-01");
        assertThat(restated.priority()).isEqualTo(Priority.HIGH);
        assertThat(restated.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(restated.lastRetroId()).isEqualTo("r2");
        assertThat(restated.history()).hasSize(2);
    }
}
