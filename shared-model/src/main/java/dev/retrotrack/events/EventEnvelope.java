package dev.retrotrack.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every record on a Retrotrack topic looks like.
 *
 * @param eventId       unique per event; consumers deduplicate on it
 * @param type          wire name of the payload ({@link EventType#wireName()})
 * @param schemaVersion version of the payload schema; bumped only for incompatible changes
 * @param occurredAt    when the fact happened
 * @param subject       id of the aggregate the event is about (retro id, item id, story key)
 * @param team          the team the subject belongs to; also the Kafka key, so a team's events stay ordered
 * @param trace         trace context of the request that caused it
 * @param payload       the fact itself
 */
public record EventEnvelope<P extends EventPayload>(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String subject,
        String team,
        TraceContext trace,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        requireText(subject, "subject");
        requireText(team, "team");
        EventType expected = EventType.of(payload);
        if (!expected.wireName().equals(type)) {
            throw new IllegalArgumentException("type '" + type + "' does not match payload " + expected.wireName());
        }
        trace = trace == null ? TraceContext.NONE : trace;
    }

    /** A new envelope with a fresh event id, stamped now. */
    public static <P extends EventPayload> EventEnvelope<P> wrap(
            P payload, String subject, String team, TraceContext trace, Clock clock) {
        EventType type = EventType.of(payload);
        return new EventEnvelope<>(UUID.randomUUID(), type.wireName(), type.schemaVersion(), clock.instant(),
                subject, team, trace, payload);
    }

    /**
     * This envelope typed by its payload, for consumers that expect one kind of event on a topic.
     *
     * @throws InvalidEventException if the payload is of another type (a record on the wrong topic)
     */
    @SuppressWarnings("unchecked")
    public <T extends EventPayload> EventEnvelope<T> as(Class<T> payloadType) {
        if (!payloadType.isInstance(payload)) {
            throw new InvalidEventException("Expected " + payloadType.getSimpleName() + " but got " + type);
        }
        return (EventEnvelope<T>) this;
    }

    public EventType eventType() {
        return EventType.of(payload);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
