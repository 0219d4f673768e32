/** Submitting a retro: check it, record it, publish {@code RetroSubmitted}, and only then say it was accepted. */
package dev.retrotrack.ingest.retro.submission;
