package dev.retrotrack.tracker.item;

import java.util.ArrayList;
import java.util.List;

import dev.retrotrack.events.ActionItemStateChanged;

/**
 * The {@link ActionItemStateChanged} facts an item's changes produce: one per history entry a change added, so
 * every state an item passes through, and every overdue, carried-over or detail change, is on the topic.
 */
public final class ItemEvents {

    private ItemEvents() {
    }

    /**
     * @param before the item as it was, or {@code null} if {@code after} is new
     * @param after  the item after the change
     */
    public static List<ActionItemStateChanged> between(TrackedItem before, TrackedItem after) {
        int known = before == null ? 0 : before.history().size();
        List<HistoryEntry> added = after.history().subList(known, after.history().size());
        List<ActionItemStateChanged> events = new ArrayList<>();
        long version = after.version() - added.size();
        for (HistoryEntry entry : added) {
            version++;
            events.add(new ActionItemStateChanged(after.id(), after.team(), after.epicId(), after.kind(),
                    after.title(), entry.from(), entry.to(), entry.at(), entry.cause(), entry.actor(),
                    after.priority(), after.dueDate(), after.owner(), version, after.overdue(), after.carriedOver(),
                    entry.note()));
        }
        return events;
    }
}
