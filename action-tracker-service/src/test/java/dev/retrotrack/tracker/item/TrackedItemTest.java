package dev.retrotrack.tracker.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import org.junit.jupiter.api.Test;

class TrackedItemTest {

    private static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");
    private static final LocalDate RETRO_DAY = LocalDate.of(2026, 1, 10);
    private static final TrackedItem.RetroContext RETRO_1 = new TrackedItem.RetroContext("r1", "E-1", RETRO_DAY, T0);
    private static final DueDatePolicy POLICY = DueDatePolicy.DEFAULT;

    private static ItemDraft draft(String owner, String deadline, Priority priority, ItemStatus status) {
        return new ItemDraft(ItemKind.ACTION, "Add lint gate", owner, deadline, priority, status, null, null, null,
                null);
    }

    private static TrackedItem raised(ItemStatus status) {
        return TrackedItem.raise("phoenix", draft("Charlie", null, Priority.HIGH, status), RETRO_1, POLICY);
    }

    @Test
    void raisedItemStartsOpenWhenTheRetroGivesNoStatusAndRecordsWhichRetroRaisedIt() {
        TrackedItem item = raised(null);

        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(item.version()).isEqualTo(1);
        assertThat(item.history()).singleElement().satisfies(entry -> {
            assertThat(entry.cause()).isEqualTo(ChangeCause.RETRO);
            assertThat(entry.actor()).isEqualTo("r1");
            assertThat(entry.from()).isNull();
            assertThat(entry.to()).isEqualTo(ItemStatus.OPEN);
        });
    }

    @Test
    void raisedItemWithoutDeadlineIsDueAfterTheServiceLevelOfItsPriority() {
        TrackedItem item = raised(null);

        assertThat(item.dueDate()).isEqualTo(RETRO_DAY.plusDays(14));
        assertThat(item.due().basis()).isEqualTo(Due.Basis.SERVICE_LEVEL);
    }

    @Test
    void personMovesAnItemAlongTheLifecycleAndEachStepIsInTheHistory() {
        TrackedItem done = raised(null)
                .transition(ItemStatus.IN_PROGRESS, null, "alice", T0.plusSeconds(60))
                .transition(ItemStatus.DONE, "merged", "alice", T0.plusSeconds(120));

        assertThat(done.status()).isEqualTo(ItemStatus.DONE);
        assertThat(done.version()).isEqualTo(3);
        assertThat(done.stateSetBy()).isEqualTo(ChangeCause.API);
        assertThat(done.history()).extracting(HistoryEntry::to)
                .containsExactly(ItemStatus.OPEN, ItemStatus.IN_PROGRESS, ItemStatus.DONE);
    }

    @Test
    void rejectsTransitionFromDoneToBlocked() {
        TrackedItem done = raised(ItemStatus.DONE);

        assertThatThrownBy(() -> done.transition(ItemStatus.BLOCKED, null, "alice", T0))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("from DONE an item can move to [OPEN, IN_PROGRESS, DROPPED]");
    }

    @Test
    void droppingNeedsAReasonAndDroppedIsFinal() {
        TrackedItem item = raised(null);

        assertThatThrownBy(() -> item.transition(ItemStatus.DROPPED, " ", "alice", T0))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("needs a reason");
        TrackedItem dropped = item.transition(ItemStatus.DROPPED, "superseded by ADR-12", "alice", T0);
        assertThat(dropped.dropReason()).contains("dropped: superseded by ADR-12");
        assertThatThrownBy(() -> dropped.transition(ItemStatus.OPEN, null, "alice", T0))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void retroReportingDoneMovesAnOpenItemForwardAndSaysTheRetroDidIt() {
        TrackedItem done = raised(null).reportedBy(ItemStatus.DONE, ChangeCause.FOLLOW_THROUGH, "r2", T0);

        assertThat(done.status()).isEqualTo(ItemStatus.DONE);
        assertThat(done.history().getLast().cause()).isEqualTo(ChangeCause.FOLLOW_THROUGH);
        assertThat(done.history().getLast().actor()).isEqualTo("r2");
    }

    @Test
    void retroNeverUndoesAStateAPersonSet() {
        TrackedItem doneByPerson = raised(null).transition(ItemStatus.DONE, null, "alice", T0);
        TrackedItem blockedByPerson = raised(null).transition(ItemStatus.BLOCKED, "waiting on infra", "bob", T0);

        assertThat(doneByPerson.reportedBy(ItemStatus.OPEN, ChangeCause.RETRO, "r2", T0)).isSameAs(doneByPerson);
        assertThat(doneByPerson.reportedBy(ItemStatus.IN_PROGRESS, ChangeCause.RETRO, "r2", T0))
                .isSameAs(doneByPerson);
        assertThat(blockedByPerson.reportedBy(ItemStatus.DEFERRED, ChangeCause.RETRO, "r2", T0))
                .isSameAs(blockedByPerson);
    }

    @Test
    void retroReportingABlockedItemDonePassesThroughInProgress() {
        TrackedItem blocked = raised(null).transition(ItemStatus.BLOCKED, "waiting", "bob", T0);

        TrackedItem done = blocked.reportedBy(ItemStatus.DONE, ChangeCause.RETRO, "r2", T0.plusSeconds(5));

        assertThat(done.history()).extracting(HistoryEntry::to).endsWith(ItemStatus.IN_PROGRESS, ItemStatus.DONE);
        assertThat(ItemEvents.between(blocked, done)).extracting(ActionItemStateChanged::itemVersion)
                .containsExactly(blocked.version() + 1, blocked.version() + 2);
    }

    @Test
    void restatingWithNothingNewChangesNothing() {
        TrackedItem item = raised(null);

        assertThat(item.restatedBy(draft("Charlie", null, Priority.HIGH, null), RETRO_1, POLICY)).isSameAs(item);
    }

    @Test
    void restatingTakesOverStatedDetailsAndKeepsUnstatedOnes() {
        TrackedItem item = TrackedItem.raise("t", draft("Charlie", "2026-12-01", Priority.HIGH, null), RETRO_1,
                POLICY);

        TrackedItem restated = item.restatedBy(draft("Dana", null, null, null), RETRO_1, POLICY);

        assertThat(restated.owner()).isEqualTo("Dana");
        assertThat(restated.deadline()).isEqualTo("2026-12-01");
        assertThat(restated.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(restated.priority()).isEqualTo(Priority.HIGH);
        assertThat(restated.history()).hasSize(2);
    }

    @Test
    void dueDateSetByAPersonSurvivesARetroRestatingTheDeadline() {
        TrackedItem edited = raised(null).edited(new TrackedItem.Edit(null, LocalDate.of(2026, 3, 1), null),
                "alice", T0, RETRO_DAY);

        TrackedItem restated = edited.restatedBy(draft("Charlie", "2026-02-01", Priority.HIGH, null), RETRO_1,
                POLICY);

        assertThat(restated.dueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(restated.due().basis()).isEqualTo(Due.Basis.MANUAL);
    }

    @Test
    void overdueIsMarkedOncePerEpisodeAndNotForFinishedItems() {
        TrackedItem item = raised(null); // due 2026-01-24
        LocalDate later = LocalDate.of(2026, 2, 1);

        TrackedItem overdue = item.markedOverdue(T0, later);
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.markedOverdue(T0, later)).isSameAs(overdue);
        assertThat(item.markedOverdue(T0, LocalDate.of(2026, 1, 24))).isSameAs(item);
        assertThat(raised(ItemStatus.DONE).markedOverdue(T0, later).overdue()).isFalse();
        TrackedItem done = overdue.transition(ItemStatus.DONE, null, "alice", T0);
        assertThat(done.overdue()).isFalse();
    }

    @Test
    void openItemIsCarriedOverOncePerLaterEpicAndNotIntoItsOwnEpic() {
        TrackedItem item = raised(null);
        TrackedItem.RetroContext epic2 = new TrackedItem.RetroContext("r2", "E-2", RETRO_DAY.plusDays(14), T0);

        TrackedItem carried = item.carriedInto(epic2);

        assertThat(carried.carriedOver()).isEqualTo(1);
        assertThat(carried.carriedInto(epic2)).isSameAs(carried);
        assertThat(item.carriedInto(RETRO_1)).isSameAs(item);
        assertThat(raised(ItemStatus.DONE).carriedInto(epic2).carriedOver()).isZero();
    }

    @Test
    void milestoneDeadlineFallsDueWhenThatEpicArrives() {
        TrackedItem item = TrackedItem.raise("t", draft(null, "Before Epic 9", Priority.HIGH, null), RETRO_1, POLICY);
        assertThat(item.dueDate()).isNull();
        assertThat(item.milestoneReached("8", LocalDate.of(2026, 3, 1), "r8", T0)).isSameAs(item);

        TrackedItem due = item.milestoneReached("epic-9", LocalDate.of(2026, 4, 1), "r9", T0);

        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(due.milestoneReached("9", LocalDate.of(2026, 5, 1), "r9b", T0)).isSameAs(due);
    }
}
