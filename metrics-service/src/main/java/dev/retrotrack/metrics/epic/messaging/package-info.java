/** Consumes {@code story.changed.v1}. */
package dev.retrotrack.metrics.epic.messaging;
