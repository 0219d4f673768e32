/** The ledger of retros seen, one document per retro id. */
package dev.retrotrack.metrics.retro.persistence;
