package dev.retrotrack.tracker.item.application;

import java.time.Clock;
import java.time.LocalDate;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.support.messaging.CurrentTrace;
import dev.retrotrack.tracker.item.TrackedItem;
import org.springframework.stereotype.Service;

/** Changes people make through the API: state transitions and edits, with optimistic locking by item version. */
@Service
public class ItemCommands {

    private final ItemChanges changes;
    private final CurrentTrace trace;
    private final Clock clock;

    ItemCommands(ItemChanges changes, CurrentTrace trace, Clock clock) {
        this.changes = changes;
        this.trace = trace;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version the caller last saw ({@code If-Match}); {@code null} to skip the check
     * @throws ItemNotFoundException                                        if there is no such item
     * @throws StaleVersionException                                        if the item changed since
     * @throws dev.retrotrack.tracker.item.IllegalTransitionException if the lifecycle forbids it
     */
    public TrackedItem transition(String id, Long expectedVersion, ItemStatus to, String reason, String actor) {
        return change(id, expectedVersion, item -> item.transition(to, reason, actor, clock.instant()));
    }

    /** Owner, due date, priority; same checks as {@link #transition}. */
    public TrackedItem edit(String id, Long expectedVersion, TrackedItem.Edit edit, String actor) {
        return change(id, expectedVersion, item -> item.edited(edit, actor, clock.instant(),
                LocalDate.now(clock)));
    }

    private TrackedItem change(String id, Long expectedVersion, java.util.function.UnaryOperator<TrackedItem> change) {
        ItemChanges.Batch batch = changes.batch(trace.get());
        TrackedItem after = batch.change(id, item -> {
            if (expectedVersion != null && expectedVersion != item.version()) {
                throw new StaleVersionException(id, expectedVersion, item.version());
            }
            return change.apply(item);
        }).orElseThrow(() -> new ItemNotFoundException(id));
        batch.publish();
        return after;
    }
}
