/** Receipts of submitted retros in MongoDB: what was understood and whether it was published. */
package dev.retrotrack.ingest.retro.persistence;
