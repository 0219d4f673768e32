package dev.retrotrack.metrics.item.persistence;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.Priority;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One observation of {@code retrotrack_action_item_cycle_time_seconds}: how long an item took from being raised to
 * its first done. Keyed by the item, so an item counts once even if it is reopened and done again, and a
 * redelivered event adds nothing; never removed, so the histogram only grows.
 */
@Document("item_cycle_times")
record ItemCycleTime(@Id String itemId, String team, ItemKind kind, Priority priority, double seconds,
                     double bound) {
}
