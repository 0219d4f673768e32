/**
 * Retrotrack's event contracts: the {@link dev.retrotrack.events.EventEnvelope envelope}, its payload records,
 * the {@link dev.retrotrack.events.Topics topic names} and the {@link dev.retrotrack.events.EventCodec JSON mapping}.
 * Changes here are additive only; the golden-JSON and schema tests guard the wire format.
 */
package dev.retrotrack.events;
