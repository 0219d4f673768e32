package dev.retrotrack.tracker.item.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.tracker.item.Due;
import dev.retrotrack.tracker.item.HistoryEntry;
import dev.retrotrack.tracker.item.TrackedItem;

/**
 * An item as the API shows it. {@code history} is only filled when one item is read.
 *
 * @param deadline   the deadline as the retro wrote it
 * @param dueBasis   how {@code dueDate} was derived
 * @param dueNote    the same in words
 * @param milestone  the epic a milestone deadline waits for
 * @param version    send it back in {@code If-Match} when changing the item
 */
record ItemView(String id, String team, String epic, ItemKind kind, String title, String owner, String deadline,
                LocalDate dueDate, Due.Basis dueBasis, String dueNote, String milestone, Priority priority,
                ItemStatus status, boolean overdue, Instant overdueSince, int carriedOver, String dropReason,
                String debtId, String category, String acceptanceCriteria, String location, String firstRetroId,
                String lastRetroId, Instant createdAt, Instant updatedAt, long version, List<HistoryEntry> history) {

    static ItemView summary(TrackedItem item) {
        return of(item, null);
    }

    static ItemView full(TrackedItem item) {
        return of(item, item.history());
    }

    private static ItemView of(TrackedItem item, List<HistoryEntry> history) {
        Due due = item.due();
        return new ItemView(item.id(), item.team(), item.epicId(), item.kind(), item.title(), item.owner(),
                due.phrase(), due.date(), due.basis(), due.describe(), due.milestone(), item.priority(),
                item.status(), item.overdue(), item.overdueSince(), item.carriedOver(),
                item.dropReason(), item.debtId(), item.category(), item.acceptanceCriteria(),
                item.location(), item.firstRetroId(), item.lastRetroId(), item.createdAt(), item.updatedAt(),
                item.version(), history);
    }
}
