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
        Priority ranked = moscowOrSeverity(w);
        if (ranked != null) {
            return ranked;
        }
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

    /**
     * "must" / "should" / "could" (MoSCoW) only as the whole value, since the words are common in sentences and
     * headings; "Sev-1" … "Sev-4" as incident severities, 1 the worst.
     */
    private static Priority moscowOrSeverity(Words w) {
        switch (w.padded().strip()) {
            case "must", "must have" -> {
                return Priority.HIGH;
            }
            case "should", "should have" -> {
                return Priority.MEDIUM;
            }
            case "could", "could have" -> {
                return Priority.LOW;
            }
            default -> {
                // fall through to severities
            }
        }
        if (w.hasAny("sev 1", "sev1", "severity 1")) {
            return Priority.CRITICAL;
        }
        if (w.hasAny("sev 2", "sev2", "severity 2")) {
            return Priority.HIGH;
        }
        if (w.hasAny("sev 3", "sev3", "severity 3")) {
            return Priority.MEDIUM;
        }
        if (w.hasAny("sev 4", "sev4", "severity 4")) {
            return Priority.LOW;
        }
        return null;
    }
}
