/** Tracked items by team, kind and state: the {@code retrotrack_action_items} gauge and its projection. */
package dev.retrotrack.metrics.item;
