package dev.retrotrack.tracker.item.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.tracker.item.Due;
import dev.retrotrack.tracker.item.HistoryEntry;
import dev.retrotrack.tracker.item.RetroReport;
import dev.retrotrack.tracker.item.TrackedItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored form of a {@link TrackedItem} plus its outbox. {@code revision} is the optimistic lock: every write,
 * the outbox relay's included, bumps it, so no writer can overwrite a change it has not seen. {@code version} is the
 * item's own version (the API's ETag), which only the item's changes bump. Stored in its team's collection
 * ({@link ItemCollections}).
 */
@Document
record ItemDocument(
        @Id String id,
        @Version Long revision,
        String team,
        String epicId,
        ItemKind kind,
        String title,
        String owner,
        Due due,
        String dueSortKey,
        Priority priority,
        ItemStatus status,
        String debtId,
        String category,
        String acceptanceCriteria,
        String location,
        String firstRetroId,
        String lastRetroId,
        Instant createdAt,
        Instant updatedAt,
        long version,
        LocalDate raisedOn,
        ChangeCause stateSetBy,
        Instant stateSetAt,
        RetroReport reported,
        String dropReason,
        Instant overdueSince,
        boolean overdue,
        int carriedOver,
        List<String> carriedOverInto,
        List<HistoryEntry> history,
        List<OutboxEntry> outbox) {

    /** Items without a due date sort after every dated one. */
    private static final String NO_DUE_DATE = "9999-12-31";

    ItemDocument {
        carriedOverInto = carriedOverInto == null ? List.of() : carriedOverInto;
        history = history == null ? List.of() : history;
        outbox = outbox == null ? List.of() : outbox;
    }

    static ItemDocument of(TrackedItem item, Long revision, List<OutboxEntry> outbox) {
        return new ItemDocument(item.id(), revision, item.team(), item.epicId(), item.kind(), item.title(),
                item.owner(), item.due(), item.dueDate() == null ? NO_DUE_DATE : item.dueDate().toString(),
                item.priority(), item.status(), item.debtId(), item.category(), item.acceptanceCriteria(),
                item.location(), item.firstRetroId(), item.lastRetroId(), item.createdAt(), item.updatedAt(),
                item.version(), item.raisedOn(), item.stateSetBy(), item.stateSetAt(), item.reported(),
                item.dropReason(), item.overdueSince(), item.overdue(), item.carriedOver(), item.carriedOverInto(),
                item.history(), outbox);
    }

    TrackedItem toItem() {
        return new TrackedItem(id, team, epicId, kind, title, owner, due, priority, status, debtId, category,
                acceptanceCriteria, location, firstRetroId, lastRetroId, createdAt, updatedAt, version, raisedOn,
                stateSetBy, stateSetAt, reported, dropReason, overdueSince, carriedOver, carriedOverInto, history);
    }
}
