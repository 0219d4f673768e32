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
        assertThat(dropped.dropReason()).isEqualTo("superseded by ADR-12");
        assertThatThrownBy(() -> dropped.transition(ItemStatus.OPEN, null, "alice", T0))
                .isInstanceOf(IllegalTransitionException.class);
    }

    private static final TrackedItem.RetroContext LATER = new TrackedItem.RetroContext("r2", "E-2",
            RETRO_DAY.plusDays(14), T0.plusSeconds(14 * 86_400));

    @Test
    void retroReportingDoneMovesAnOpenItemForwardAndSaysTheRetroDidIt() {
        TrackedItem done = raised(null).reportedBy(ItemStatus.DONE, ChangeCause.FOLLOW_THROUGH, LATER);

        assertThat(done.status()).isEqualTo(ItemStatus.DONE);
        assertThat(done.history().getLast().cause()).isEqualTo(ChangeCause.FOLLOW_THROUGH);
        assertThat(done.history().getLast().actor()).isEqualTo("r2");
    }

    @Test
    void retroNeverMovesAnItemBackNorSidewaysOverAPerson() {
        TrackedItem done = raised(null).reportedBy(ItemStatus.DONE, ChangeCause.RETRO, RETRO_1);
        TrackedItem blockedByPerson = raised(null).transition(ItemStatus.BLOCKED, "waiting on infra", "bob", T0);

        assertThat(done.reportedBy(ItemStatus.OPEN, ChangeCause.RETRO, LATER).status()).isEqualTo(ItemStatus.DONE);
        assertThat(done.reportedBy(ItemStatus.IN_PROGRESS, ChangeCause.RETRO, LATER).status())
                .isEqualTo(ItemStatus.DONE);
        assertThat(blockedByPerson.reportedBy(ItemStatus.DEFERRED, ChangeCause.RETRO, LATER).status())
                .isEqualTo(ItemStatus.BLOCKED);
    }

    @Test
    void redeliveredOrRepostedRetroDoesNotUndoAPersonsReopen() {
        TrackedItem reopened = raised(ItemStatus.DONE).transition(ItemStatus.OPEN, "not actually fixed", "alice",
                T0.plusSeconds(3_600));

        assertThat(reopened.reportedBy(ItemStatus.DONE, ChangeCause.RETRO, RETRO_1)).isSameAs(reopened);
        assertThat(reopened.reportedBy(ItemStatus.DONE, ChangeCause.FOLLOW_THROUGH, LATER)).isSameAs(reopened);
    }

    @Test
    void personsStateGivesWayOnlyToARetroHeldAfterTheChange() {
        TrackedItem blockedByPerson = raised(null).transition(ItemStatus.BLOCKED, "waiting", "bob", T0);
        TrackedItem.RetroContext sameDay = new TrackedItem.RetroContext("r1b", "E-2", RETRO_DAY, T0.plusSeconds(60));

        assertThat(blockedByPerson.reportedBy(ItemStatus.DONE, ChangeCause.FOLLOW_THROUGH, sameDay).status())
                .isEqualTo(ItemStatus.BLOCKED);
        TrackedItem done = blockedByPerson.reportedBy(ItemStatus.DONE, ChangeCause.FOLLOW_THROUGH, LATER);
        assertThat(done.history()).extracting(HistoryEntry::to).endsWith(ItemStatus.IN_PROGRESS, ItemStatus.DONE);
        assertThat(ItemEvents.between(blockedByPerson, done)).extracting(ActionItemStateChanged::itemVersion)
                .containsExactly(blockedByPerson.version() + 1, blockedByPerson.version() + 2);
    }

    @Test
    void retroNeverDropsAnItemAPersonManages() {
        TrackedItem started = raised(null).transition(ItemStatus.IN_PROGRESS, null, "alice", T0);

        assertThat(started.reportedBy(ItemStatus.DROPPED, ChangeCause.FOLLOW_THROUGH, LATER).status())
                .isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(raised(null).reportedBy(ItemStatus.DROPPED, ChangeCause.FOLLOW_THROUGH, LATER).status())
                .isEqualTo(ItemStatus.DROPPED);
    }

    @Test
    void restatingWithNothingNewChangesNothing() {
        TrackedItem item = raised(null);

        assertThat(item.restatedBy(draft("Charlie", null, Priority.HIGH, null), RETRO_1, POLICY)).isSameAs(item);
    }

    @Test
    void restatingTakesOverNewDetailsAndKeepsUnstatedOnes() {
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
    void ownerAndDueDateSetByAPersonSurviveARepostButNotACorrection() {
        TrackedItem edited = raised(null).edited(new TrackedItem.Edit("Dana", LocalDate.of(2026, 3, 1), null),
                "alice", T0, RETRO_DAY);

        assertThat(edited.restatedBy(draft("Charlie", null, Priority.HIGH, null), RETRO_1, POLICY)).isSameAs(edited);

        TrackedItem corrected = edited.restatedBy(draft("Erin", "2026-02-01", Priority.HIGH, null), RETRO_1, POLICY);
        assertThat(corrected.owner()).isEqualTo("Erin");
        assertThat(corrected.dueDate()).isEqualTo(LocalDate.of(2026, 3, 1)); // a person's date stays
        assertThat(corrected.due().basis()).isEqualTo(Due.Basis.MANUAL);
    }

    @Test
    void newDueDateFromARetroEndsTheOverdueEpisode() {
        TrackedItem overdue = TrackedItem.raise("t", draft(null, "2026-01-15", Priority.HIGH, null), RETRO_1, POLICY)
                .markedOverdue(T0, LocalDate.of(2026, 1, 20));

        TrackedItem moved = overdue.restatedBy(draft(null, "2026-02-15", Priority.HIGH, null), RETRO_1, POLICY);

        assertThat(overdue.overdue()).isTrue();
        assertThat(moved.overdue()).isFalse();
        assertThat(moved.dueDate()).isEqualTo(LocalDate.of(2026, 2, 15));
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
        assertThat(item.milestoneReached("8", LocalDate.of(2026, 3, 1), ChangeCause.RETRO, "r8", T0)).isSameAs(item);

        TrackedItem due = item.milestoneReached("epic-9", LocalDate.of(2026, 4, 1), ChangeCause.STORY, "9-1-search",
                T0);

        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(due.history().getLast().cause()).isEqualTo(ChangeCause.STORY);
        assertThat(due.milestoneReached("9", LocalDate.of(2026, 5, 1), ChangeCause.RETRO, "r9b", T0)).isSameAs(due);
    }
}
