package dev.retrotrack.ingest.parsing;

import dev.retrotrack.events.Priority;

/** Priority words, codes and colour emoji as retros write them, normalized; {@code null} when not recognized. */
final class Priorities {

    private Priorities() {
    }

    static Priority parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.contains("🔴")) {
            return Priority.CRITICAL;
        }
        if (text.contains("🟠")) {
            return Priority.HIGH;
        }
        if (text.contains("🟡")) {
            return Priority.MEDIUM;
        }
        if (text.contains("🟢")) {
            return Priority.LOW;
        }
        Words w = Words.of(text);
        if (w.hasAny("critical", "immediate", "immediately", "urgent", "blocker", "p0", "priority 0", "p 0")) {
            return Priority.CRITICAL;
        }
        if (w.hasAny("high", "p1", "priority 1", "p 1")) {
            return Priority.HIGH;
        }
        if (w.hasAny("medium", "med", "p2", "priority 2", "p 2")) {
            return Priority.MEDIUM;
        }
        if (w.hasAny("low", "p3", "priority 3", "p 3")) {
            return Priority.LOW;
        }
        return null;
    }
}
