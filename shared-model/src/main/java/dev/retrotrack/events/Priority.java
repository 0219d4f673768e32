package dev.retrotrack.events;

/** Normalized priority; {@code null} where a retro does not say. */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW
}
