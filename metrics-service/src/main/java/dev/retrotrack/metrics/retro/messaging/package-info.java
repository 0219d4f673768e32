/** {@code retro.submitted.v1} → the retro ledger. */
package dev.retrotrack.metrics.retro.messaging;
