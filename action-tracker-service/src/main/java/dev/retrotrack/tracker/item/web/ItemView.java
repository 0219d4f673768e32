package dev.retrotrack.tracker.item.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.tracker.item.HistoryEntry;
import dev.retrotrack.tracker.item.TrackedItem;

/** An item as the API shows it. {@code history} is only filled when one item is read. */
record ItemView(String id, String team, String epic, ItemKind kind, String title, String owner, String deadline,
                LocalDate dueDate, Priority priority, ItemStatus status, String debtId, String category,
                String acceptanceCriteria, String location, String firstRetroId, String lastRetroId,
                Instant createdAt, Instant updatedAt, long version, List<HistoryEntry> history) {

    static ItemView summary(TrackedItem item) {
        return of(item, null);
    }

    static ItemView full(TrackedItem item) {
        return of(item, item.history());
    }

    private static ItemView of(TrackedItem item, List<HistoryEntry> history) {
        return new ItemView(item.id(), item.team(), item.epicId(), item.kind(), item.title(), item.owner(),
                item.deadline(), item.dueDate(), item.priority(), item.status(), item.debtId(), item.category(),
                item.acceptanceCriteria(), item.location(), item.firstRetroId(), item.lastRetroId(),
                item.createdAt(), item.updatedAt(), item.stateVersion(), history);
    }
}
