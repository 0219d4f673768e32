package dev.retrotrack.tracker.item.persistence;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;

/**
 * A page of one team's items, optionally filtered. Filter values are compared as plain values, never interpreted
 * as query operators.
 *
 * @param overdue {@code true}: only overdue items; {@code false}: only items that are not; {@code null}: both
 */
public record ItemQuery(String team, ItemStatus status, Priority priority, ItemKind kind, String owner,
                        String epic, Boolean overdue, int page, int size) {
}
