package dev.retrotrack.tracker.item;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;

/**
 * An action item or debt item Retrotrack follows from the retro that raised it until it is done.
 *
 * @param stateVersion increases with every state change; events carry it so consumers can drop stale ones
 */
public record TrackedItem(
        String id,
        String team,
        String epicId,
        ItemKind kind,
        String title,
        String owner,
        String deadline,
        LocalDate dueDate,
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
        long stateVersion,
        List<HistoryEntry> history) {

    public TrackedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
    }

    /** A new item as a retro first reports it; its state is what the retro says, or {@code OPEN}. */
    public static TrackedItem raise(String team, String epicId, ItemDraft draft, String retroId, Instant at) {
        ItemStatus status = draft.status() == null ? ItemStatus.OPEN : draft.status();
        String id = ItemId.of(team, epicId, draft.kind(), draft.debtId(), draft.title());
        HistoryEntry created = new HistoryEntry(at, ChangeCause.RETRO, retroId, null, status,
                "raised in retro of epic " + epicId);
        return new TrackedItem(id, team, epicId, draft.kind(), draft.title(), draft.owner(), draft.deadline(),
                explicitDate(draft.deadline()), draft.priority(), status, draft.debtId(), draft.category(),
                draft.acceptanceCriteria(), draft.location(), retroId, retroId, at, at, 1, List.of(created));
    }

    /**
     * The item after a later retro (or a repost of the same one) mentioned it again: descriptive fields the retro
     * states are taken over, ones it leaves out are kept. Its state is not changed here.
     *
     * @return this item if nothing changed
     */
    public TrackedItem restatedBy(ItemDraft draft, String retroId, Instant at) {
        String newOwner = prefer(draft.owner(), owner);
        String newDeadline = prefer(draft.deadline(), deadline);
        Priority newPriority = draft.priority() == null ? priority : draft.priority();
        String newCategory = prefer(draft.category(), category);
        String newCriteria = prefer(draft.acceptanceCriteria(), acceptanceCriteria);
        String newLocation = prefer(draft.location(), location);
        boolean changed = !Objects.equals(newOwner, owner) || !Objects.equals(newDeadline, deadline)
                || newPriority != priority || !Objects.equals(newCategory, category)
                || !Objects.equals(newCriteria, acceptanceCriteria) || !Objects.equals(newLocation, location);
        if (!changed && retroId.equals(lastRetroId)) {
            return this;
        }
        List<HistoryEntry> newHistory = new ArrayList<>(history);
        if (changed) {
            newHistory.add(new HistoryEntry(at, ChangeCause.RETRO, retroId, status, status,
                    "details updated by retro"));
        }
        return new TrackedItem(id, team, epicId, kind, title, newOwner, newDeadline, explicitDate(newDeadline),
                newPriority, status, debtId, newCategory, newCriteria, newLocation, firstRetroId, retroId,
                createdAt, changed ? at : updatedAt, stateVersion, newHistory);
    }

    private static String prefer(String stated, String current) {
        return stated == null || stated.isBlank() ? current : stated;
    }

    /** An ISO date deadline is a due date; other phrases are resolved by the due-date policy. */
    private static LocalDate explicitDate(String deadline) {
        if (deadline == null) {
            return null;
        }
        try {
            return LocalDate.parse(deadline.strip());
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }
}
