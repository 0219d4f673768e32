/**
 * Plumbing every Retrotrack service shares, auto-configured: shared defaults ({@link
 * dev.retrotrack.support.RetrotrackDefaults}), Kafka events and dead letters, problem+json errors, MongoDB health
 * and the parent-process watchdog used by the local stack.
 */
package dev.retrotrack.support;
