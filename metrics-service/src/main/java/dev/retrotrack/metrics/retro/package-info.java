/** Retros ingested per team: the {@code retrotrack_retros_ingested_total} counter and its projection. */
package dev.retrotrack.metrics.retro;
