/** Kafka adapters of the tracker: the {@code RetroSubmitted} listener and the outbox relay. */
package dev.retrotrack.tracker.item.messaging;
