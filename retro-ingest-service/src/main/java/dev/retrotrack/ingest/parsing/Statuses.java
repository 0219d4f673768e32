package dev.retrotrack.ingest.parsing;

import dev.retrotrack.events.ItemStatus;

/** Status words and symbols as retros write them, normalized; {@code null} when not recognized. */
final class Statuses {

    /** Phrases that are a status and nothing else, for telling "Add X — ✅ Done" from "Open questions — FAQ". */
    private static final java.util.Set<String> PHRASES = java.util.Set.of("", "done", "fixed", "applied", "complete",
            "completed", "resolved", "closed", "implemented", "delivered", "merged", "in progress", "ongoing", "ready",
            "partial", "partially done", "partly", "started", "wip", "not addressed", "not started", "not done", "pending",
            "open", "todo", "to do", "carried forward", "carried over", "deferred", "postponed", "blocked",
            "dropped", "cancelled", "canceled", "not finished", "moved to", "moved into", "pushed to");

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

    /** A status and the note written after it ("Done; Ravi attended all three"); the note may be null. */
    record Noted(ItemStatus status, String note) {
    }

    /**
     * A status, alone or followed by a note after a separator: "✅ Applied: service account created",
     * "Done — 9 sessions run", "Carried forward; only Xero is flagged", "Dropped (no longer needed)". Only the first
     * separator counts, and the words before it must be only a status.
     *
     * @return the status and its note, or {@code null} when the text does not open with a status
     */
    static Noted withNote(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (isOnlyAStatus(t)) {
            return new Noted(parse(t), null);
        }
        int cut = firstSeparator(t);
        if (cut <= 0) {
            return beforePreposition(t);
        }
        String head = t.substring(0, cut).strip();
        String note = t.substring(cut + 1);
        if (t.charAt(cut) == '(' && t.endsWith(")")) {
            note = t.substring(cut + 1, t.length() - 1);
        }
        note = stripLeadingDashes(note);
        return !note.isEmpty() && isOnlyAStatus(head) ? new Noted(parse(head), note) : null;
    }

    /** Words that start a note right after a status: "Deferred to Q1", "Done in sprint 2". */
    private static final java.util.Set<String> NOTE_OPENINGS = java.util.Set.of("to", "until", "till", "by", "in",
            "on", "for", "after", "since", "because", "at", "into", "with");

    /**
     * "Deferred to Q1 by the marketing team", "Carried forward to Epic 3": one to three words that are only a status,
     * then a note opened by a preposition. Any other word after a status word ("open questions remain") makes no
     * status.
     */
    private static Noted beforePreposition(String text) {
        String[] words = text.split(" ", 5);
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String head = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (NOTE_OPENINGS.contains(words[n].toLowerCase(java.util.Locale.ROOT)) && isOnlyAStatus(head)) {
                return new Noted(parse(head), text.substring(head.length()).strip());
            }
        }
        return null;
    }

    /** The first of {@code : ; , ( — –}, a spaced hyphen or a full stop before a space; -1 when none. */
    private static int firstSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean spacedAfter = i + 1 < text.length() && text.charAt(i + 1) == ' ';
            if (":;,(—–".indexOf(c) >= 0 || c == '-' && spacedAfter && i > 0 && text.charAt(i - 1) == ' '
                    || c == '.' && spacedAfter) {
                return i;
            }
        }
        return -1;
    }

    private static String stripLeadingDashes(String text) {
        int start = 0;
        while (start < text.length() && " -–—".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start).strip();
    }

    /**
     * A story's status: as {@link #parse}, except that a story "carried forward" or "carried over" went to a later
     * epic, which for a story is a deferral (an action or a promise carried forward is still open).
     */
    static ItemStatus ofStory(String text) {
        ItemStatus status = parse(text);
        return status == ItemStatus.OPEN && Words.of(text).hasAny("carried") ? ItemStatus.DEFERRED : status;
    }

    /** Checked in order: negations and open states before the words they contain ("not done", "not started"). */
    static ItemStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Words w = Words.of(text);
        // "❌ *Blocked*": the word says more than the cross, which only says "not done".
        if (text.contains("❌") && w.hasAny("block", "blocked")) {
            return ItemStatus.BLOCKED;
        }
        // "❌ Deferred to Epic 3", "Not done — moved to Epic 9": where the work went says more than that it is not
        // done (the cross only says that).
        if (w.hasAny("defer", "deferred", "postponed", "moved to", "moved into", "pushed to")) {
            return ItemStatus.DEFERRED;
        }
        if (text.contains("❌") && w.hasAny("dropped", "cancelled", "canceled", "descoped")) {
            return ItemStatus.DROPPED;
        }
        // ⬜ and ☐ are the empty box of "not started".
        if (text.contains("❌") || text.contains("☐") || text.contains("⬜") || w.hasAny("not addressed", "not started", "not done",
                "not fixed", "not complete", "not completed", "not finished", "not yet started", "not yet done",
                "not begun",
                "todo", "to do", "pending", "carried", "carried forward", "carried over", "open", "unresolved")) {
            return ItemStatus.OPEN;
        }
        if (text.contains("🚫") || text.contains("⛔") || w.hasAny("block", "blocked", "blocker")) {
            return ItemStatus.BLOCKED;
        }
        // "moved to DF-3", "pushed to next sprint": the work goes to a later epic.
        if (text.contains("⏸") || w.hasAny("defer", "deferred", "postponed", "backlog", "moved to", "moved into",
                "pushed to")) {
            return ItemStatus.DEFERRED;
        }
        if (w.hasAny("dropped", "cancelled", "canceled", "won't do", "wont do", "won't fix", "wont fix",
                "obsolete", "rejected", "descoped")) {
            return ItemStatus.DROPPED;
        }
        if (text.contains("⏳") || text.contains("🔄") || text.contains("🚧") || w.hasAny("in progress",
                "ongoing", "partial", "partially", "partly", "started", "ready", "wip", "underway", "in review")) {
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
