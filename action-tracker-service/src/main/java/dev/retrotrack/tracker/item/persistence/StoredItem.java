package dev.retrotrack.tracker.item.persistence;

import java.util.List;

import dev.retrotrack.tracker.item.TrackedItem;

/**
 * An item as loaded: the revision a later write must match, and the events still waiting in its outbox (a write
 * keeps them).
 */
public record StoredItem(TrackedItem item, long revision, List<OutboxEntry> pendingEvents) {
}
