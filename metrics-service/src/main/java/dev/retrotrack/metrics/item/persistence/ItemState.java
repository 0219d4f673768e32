package dev.retrotrack.metrics.item.persistence;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The newest state the metrics know of one item: state, priority and whether it is overdue; {@code version} is the
 * item's, from its events.
 */
@Document("item_states")
record ItemState(@Id String itemId, String team, ItemKind kind, ItemStatus state, Priority priority, boolean overdue,
                 long version) {
}
