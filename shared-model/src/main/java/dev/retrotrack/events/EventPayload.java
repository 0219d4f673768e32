package dev.retrotrack.events;

/** The family of event payloads that travel inside an {@link EventEnvelope}. */
public sealed interface EventPayload permits RetroSubmitted, ActionItemStateChanged, StoryEvent {
}
