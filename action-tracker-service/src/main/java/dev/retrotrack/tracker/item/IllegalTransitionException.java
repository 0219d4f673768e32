package dev.retrotrack.tracker.item;

import dev.retrotrack.events.ItemStatus;

/** A person asked for a state change the {@link Lifecycle} does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final ItemStatus from;
    private final ItemStatus to;

    public IllegalTransitionException(ItemStatus from, ItemStatus to, String why) {
        super("Cannot move the item from " + from + " to " + to + ": " + why + ".");
        this.from = from;
        this.to = to;
    }

    public ItemStatus from() {
        return from;
    }

    public ItemStatus to() {
        return to;
    }
}
