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

    /** The first words of {@link #PHRASES}: a text opening with another word opens with no status phrase. */
    private static final java.util.Set<String> PHRASE_OPENINGS = PHRASES.stream().filter(p -> !p.isEmpty())
            .map(p -> p.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A cheap test before {@link #withNote}: whether the text opens with a symbol or with the first word of a status
     * phrase ("Done", "In", "Not", "Carried" …). "I think the swaps…" does not.
     */
    static boolean mayOpenWithStatus(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            return false;
        }
        if (!Character.isLetter(text.charAt(start))) {
            return true;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return PHRASE_OPENINGS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

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
        String t = text.strip();
        int symbols = Symbols.leadingEnd(t);
        if (symbols > 0 && symbols < t.length() && !isOnlyAStatus(t.substring(0, symbols))) {
            // "➡️ Carried forward to Epic 3": an arrow that says no status only marks what follows.
            t = t.substring(symbols).strip();
        }
        String[] words = WHITESPACE.split(t);
        return isOnlyAStatus(t) || !words[0].isEmpty() && isOnlyAStatus(words[0])
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
            String preposition = words[n].toLowerCase(java.util.Locale.ROOT);
            if (NOTE_OPENINGS.contains(preposition) && isOnlyAStatus(head)) {
                ItemStatus status = parse(head);
                String note = text.substring(head.length()).strip();
                return describesInstead(status, preposition, note) ? null : new Noted(status, note);
            }
        }
        return null;
    }

    /** Words after "by" that make it a deadline: "Done by Friday", "done by end of sprint". */
    private static final java.util.regex.Pattern DEADLINE_AFTER_BY = java.util.regex.Pattern.compile(
            "(?i)^by\\s{1,3}(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|end|eo[dwm]"
                    + "|the\\s{1,3}end|\\d)");

    /**
     * Whether a status word before a preposition is no status but a description or a deadline: "Open to all
     * engineers", "Ready to delete once …", "Started to fail" say what something is or does; "Done by Friday" says
     * when it is due ("Done by Dana" and "Deferred to Q1" stay statuses).
     */
    private static boolean describesInstead(ItemStatus status, String preposition, String note) {
        return preposition.equals("to") && (status == ItemStatus.OPEN || status == ItemStatus.IN_PROGRESS)
                || status == ItemStatus.DONE && DEADLINE_AFTER_BY.matcher(note).lookingAt();
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

    /**
     * A status written first and a note after it ("Pending — waiting for the DB to be moved", "⏳ In progress (carried
     * over from Epic 4)") is the status written first: the note may hold status words of its own. Otherwise the
     * words are checked in order: the cross with what it says more precisely, then negations and open states before
     * the words they contain ("not done", "not started").
     */
    static ItemStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        int cut = firstSeparator(stripped);
        if (cut > 0) {
            String head = SectionKind.normalize(stripped.substring(0, cut));
            String rest = stripped.substring(cut + 1);
            if (isBareNegation(head, rest)) {
                return ItemStatus.DEFERRED;
            }
            if (PHRASES.contains(head)) {
                ItemStatus first = parseWords(stripped.substring(0, cut));
                if (first != null) {
                    return first;
                }
            }
        }
        return parseWords(text);
    }

    /**
     * "Not done — moved to Epic 9", "❌ — deferred to Q1": a head that only says "not done", followed by where the work
     * went, which says more.
     */
    /** @param head the words before the first separator, normalized */
    private static boolean isBareNegation(String head, String rest) {
        return BARE_NEGATIONS.contains(head) && saysWhereTheWorkWent(Words.of(rest));
    }

    private static final java.util.Set<String> BARE_NEGATIONS = java.util.Set.of("", "not done", "not finished",
            "not complete", "not completed", "not started");
    /** Places work is moved to that lie later: "moved to Epic 9", "pushed to the next sprint", "moved into Q3". */
    private static final java.util.Set<String> LATER_PLACES = java.util.Set.of("next", "epic", "sprint", "phase",
            "backlog", "later", "release", "milestone", "iteration", "quarter", "q1", "q2", "q3", "q4");
    private static final String[] MOVES = {" moved to ", " moved into ", " pushed to ", " pushed into "};

    /**
     * "Deferred", "postponed", or moved to a later place ("moved to Epic 9", "pushed to next sprint"): where the work
     * went. "The team moved to the outage response" moves people, not the work.
     */
    private static boolean saysWhereTheWorkWent(Words w) {
        if (w.hasAny("defer", "deferred", "postponed")) {
            return true;
        }
        String padded = w.padded();
        for (String move : MOVES) {
            for (int at = padded.indexOf(move); at >= 0; at = padded.indexOf(move, at + 1)) {
                int start = at + move.length();
                if (padded.startsWith("the ", start)) {
                    start += 4;
                }
                // "moved to DF-3" reads "df 3": the place may be a key whose number is the word after it.
                int end = padded.indexOf(' ', start);
                String place = end < 0 ? padded.substring(start) : padded.substring(start, end);
                int nextEnd = end < 0 ? -1 : padded.indexOf(' ', end + 1);
                String after = nextEnd < 0 ? "" : padded.substring(end + 1, nextEnd);
                // "moved to" alone is the status word itself, as in "moved to → epic 6".
                if (place.isEmpty() || LATER_PLACES.contains(place) || Cues.hasDigit(place) || Cues.hasDigit(after)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ItemStatus parseWords(String text) {
        Words w = Words.of(text);
        // "❌ *Blocked*": the word says more than the cross, which only says "not done".
        if (text.contains("❌") && w.hasAny("block", "blocked")) {
            return ItemStatus.BLOCKED;
        }
        // "❌ Deferred to Epic 3", "Not done — moved to Epic 9": where the work went says more than the cross or "not
        // done", which only say it is not done. Any other state said ("pending", "blocked", "not started", "🚫") wins.
        boolean workWent = saysWhereTheWorkWent(w); // read once: two rules below ask it
        if (workWent && !text.contains("🚫") && !text.contains("⛔") && !w.hasAny("pending",
                "block", "blocked", "blocker", "not started", "not yet started", "in progress", "ongoing", "started",
                "wip", "todo", "to do", "open")) {
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
        // "⏸", "back to the backlog", and the deferral words beside a state that ranks below blocked.
        if (text.contains("⏸") || w.has("backlog") || workWent) {
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
