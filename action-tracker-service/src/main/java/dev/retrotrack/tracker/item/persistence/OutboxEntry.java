package dev.retrotrack.tracker.item.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * An event saved with the change that caused it, waiting to be published.
 *
 * @param eventId   the event's id, so a re-publish after a crash carries the same id
 * @param envelope  the event as it goes on the wire (JSON)
 * @param createdAt when the change was saved
 */
public record OutboxEntry(UUID eventId, String envelope, Instant createdAt) {
}
