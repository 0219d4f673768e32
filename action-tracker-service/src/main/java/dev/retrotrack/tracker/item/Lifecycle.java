package dev.retrotrack.tracker.item;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.retrotrack.events.ItemStatus;

import static dev.retrotrack.events.ItemStatus.BLOCKED;
import static dev.retrotrack.events.ItemStatus.DEFERRED;
import static dev.retrotrack.events.ItemStatus.DONE;
import static dev.retrotrack.events.ItemStatus.DROPPED;
import static dev.retrotrack.events.ItemStatus.IN_PROGRESS;
import static dev.retrotrack.events.ItemStatus.OPEN;

/**
 * The states an item moves through and which moves are allowed:
 * <pre>
 *   OPEN ⇄ IN_PROGRESS → DONE → (reopen) OPEN | IN_PROGRESS
 *   OPEN | IN_PROGRESS ⇄ BLOCKED          (blocked from and back to the working states)
 *   OPEN | IN_PROGRESS | BLOCKED → DEFERRED → OPEN | IN_PROGRESS
 *   OPEN → DONE                           (done without anyone marking it started)
 *   any but DROPPED → DROPPED             (final, with a reason)
 * </pre>
 */
public final class Lifecycle {

    private static final Map<ItemStatus, Set<ItemStatus>> ALLOWED = new EnumMap<>(ItemStatus.class);

    static {
        ALLOWED.put(OPEN, EnumSet.of(IN_PROGRESS, DONE, BLOCKED, DEFERRED, DROPPED));
        ALLOWED.put(IN_PROGRESS, EnumSet.of(OPEN, DONE, BLOCKED, DEFERRED, DROPPED));
        ALLOWED.put(BLOCKED, EnumSet.of(OPEN, IN_PROGRESS, DEFERRED, DROPPED));
        ALLOWED.put(DEFERRED, EnumSet.of(OPEN, IN_PROGRESS, DROPPED));
        ALLOWED.put(DONE, EnumSet.of(OPEN, IN_PROGRESS, DROPPED));
        ALLOWED.put(DROPPED, EnumSet.noneOf(ItemStatus.class));
    }

    private Lifecycle() {
    }

    public static boolean allows(ItemStatus from, ItemStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The states {@code from} may move to, for error messages that say what would have worked. */
    public static Set<ItemStatus> next(ItemStatus from) {
        return Set.copyOf(ALLOWED.get(from));
    }

    /** Still to be worked on: what counts as carried over and can fall overdue. */
    public static boolean isOpen(ItemStatus status) {
        return status == OPEN || status == IN_PROGRESS || status == BLOCKED;
    }

    /**
     * How far along the work is, for deciding whether a retro's report moves an item forward: a retro may report
     * progress, but only a person takes work back (reopens, unblocks, un-defers).
     */
    static int progress(ItemStatus status) {
        return switch (status) {
            case OPEN, BLOCKED, DEFERRED -> 0;
            case IN_PROGRESS -> 1;
            case DONE, DROPPED -> 2;
        };
    }
}
