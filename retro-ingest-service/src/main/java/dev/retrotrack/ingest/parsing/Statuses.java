package dev.retrotrack.ingest.parsing;

import dev.retrotrack.events.ItemStatus;

/** Status words and symbols as retros write them, normalized; {@code null} when not recognized. */
final class Statuses {

    /** Phrases that are a status and nothing else, for telling "Add X — ✅ Done" from "Open questions — FAQ". */
    private static final java.util.Set<String> PHRASES = java.util.Set.of("", "done", "fixed", "applied", "complete",
            "completed", "resolved", "closed", "implemented", "delivered", "merged", "in progress", "ongoing", "ready",
            "partial", "partially done", "started", "wip", "not addressed", "not started", "not done", "pending",
            "open", "todo", "to do", "carried forward", "carried over", "deferred", "postponed", "blocked",
            "dropped", "cancelled", "canceled");

    /** Compiled once: String.split with a regex compiles it on every call. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private Statuses() {
    }

    /** True when the text is only a status, symbols included: "✅ Done", "⏳", "Deferred". */
    static boolean isOnlyAStatus(String text) {
        return parse(text) != null && PHRASES.contains(SectionKind.normalize(text));
    }

    /**
     * A status, possibly followed by a note: "done", "done in 4.1", "not done yet", "deferred to Epic 8". True when
     * the whole text, its first word or its first two words are only a status.
     */
    static boolean opensWithStatus(String text) {
        String[] words = WHITESPACE.split(text.strip());
        return isOnlyAStatus(text) || !words[0].isEmpty() && isOnlyAStatus(words[0])
                || words.length > 1 && isOnlyAStatus(words[0] + " " + words[1]);
    }

    /** Checked in order: negations and open states before the words they contain ("not done", "not started"). */
    static ItemStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Words w = Words.of(text);
        if (text.contains("❌") || text.contains("☐") || w.hasAny("not addressed", "not started", "not done",
                "not fixed", "not complete", "not completed", "not yet started", "not yet done", "not begun",
                "todo", "to do", "pending", "carried", "carried forward", "carried over", "open", "unresolved")) {
            return ItemStatus.OPEN;
        }
        if (text.contains("🚫") || text.contains("⛔") || w.hasAny("block", "blocked", "blocker")) {
            return ItemStatus.BLOCKED;
        }
        if (text.contains("⏸") || w.hasAny("defer", "deferred", "postponed", "backlog")) {
            return ItemStatus.DEFERRED;
        }
        if (w.hasAny("dropped", "cancelled", "canceled", "won't do", "wont do", "won't fix", "wont fix",
                "obsolete", "rejected", "descoped")) {
            return ItemStatus.DROPPED;
        }
        if (text.contains("⏳") || text.contains("🔄") || text.contains("🚧") || w.hasAny("in progress",
                "ongoing", "partial", "partially", "started", "ready", "wip", "underway", "in review")) {
            return ItemStatus.IN_PROGRESS;
        }
        if (text.contains("✅") || text.contains("✔") || text.contains("☑") || w.hasAny("done", "fixed", "applied",
                "complete", "completed", "resolved", "closed", "implemented", "delivered", "merged", "addressed",
                "finished", "shipped")) {
            return ItemStatus.DONE;
        }
        return null;
    }
}
