package dev.retrotrack.metrics.item.persistence;

import java.time.Instant;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The newest state the metrics know of one item: state, priority, whether it is overdue and how many later retros
 * found it still open; {@code version} is the item's, from its events; {@code raisedAt} is when it came into
 * existence (its first event).
 */
@Document("item_states")
record ItemState(@Id String itemId, String team, ItemKind kind, ItemStatus state, Priority priority, boolean overdue,
                 int carriedOver, long version, Instant raisedAt) {
}
