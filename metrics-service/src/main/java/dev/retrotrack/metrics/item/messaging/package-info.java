/** {@code action-item.changed.v1} → the item state projection. */
package dev.retrotrack.metrics.item.messaging;
