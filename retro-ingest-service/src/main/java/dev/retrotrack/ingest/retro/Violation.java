package dev.retrotrack.ingest.retro;

/** One rule a submitted retro breaks, with the JSON path of the offending field. */
public record Violation(String field, String message) {
}
