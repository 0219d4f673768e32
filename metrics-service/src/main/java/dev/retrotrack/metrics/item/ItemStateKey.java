package dev.retrotrack.metrics.item;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;

/** The labels of one {@code retrotrack_action_items} series. All bounded: teams, two kinds, six states. */
public record ItemStateKey(String team, ItemKind kind, ItemStatus state) {
}
