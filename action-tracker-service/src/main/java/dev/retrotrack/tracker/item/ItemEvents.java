package dev.retrotrack.tracker.item;

import java.time.Instant;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.ItemStatus;

/** The {@link ActionItemStateChanged} facts an item's changes produce. */
public final class ItemEvents {

    private ItemEvents() {
    }

    /** The item came into existence in state {@code item.status()}. */
    public static ActionItemStateChanged raised(TrackedItem item) {
        return changed(item, null, item.createdAt(), ChangeCause.RETRO, item.firstRetroId());
    }

    public static ActionItemStateChanged changed(TrackedItem item, ItemStatus from, Instant at, ChangeCause cause,
                                                 String actor) {
        return new ActionItemStateChanged(item.id(), item.team(), item.epicId(), item.kind(), item.title(), from,
                item.status(), at, cause, actor, item.priority(), item.dueDate(), item.owner(), item.stateVersion());
    }
}
