package dev.retrotrack.ingest.parsing.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts what the repair did per input line, so a document with hundreds of repairs gets one note per line and kind
 * instead of one per character. Entries are kept in order (line, then kind, then code page) as they arrive, since a
 * pass reports in text order, and the logs of several passes are merged in one sweep: linear, like the rest.
 */
final class NoteLog {

    enum Kind {
        REPAIRED("repaired ", "character", "characters"),
        DROPPED("dropped ", "unrecoverable byte sequence", "unrecoverable byte sequences");

        // Plain concatenation: String.format parses its pattern on every call, and a damaged document has a note
        // per line.
        private final String verb;
        private final String singular;
        private final String plural;

        Kind(String verb, String singular, String plural) {
            this.verb = verb;
            this.singular = singular;
            this.plural = plural;
        }

        String message(int count, CodePage page) {
            return verb + count + " " + (count == 1 ? singular : plural) + " damaged as " + page.label();
        }
    }

    private static final class Entry {
        final int line;
        final Kind kind;
        final CodePage page;
        int count;

        Entry(int line, Kind kind, CodePage page, int count) {
            this.line = line;
            this.kind = kind;
            this.page = page;
            this.count = count;
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.<Entry>comparingInt(entry -> entry.line)
            .thenComparing(entry -> entry.kind).thenComparing(entry -> entry.page);

    private final List<Entry> entries = new ArrayList<>();

    /** Counts one change; within one log, calls must come in non-decreasing line order. */
    void record(int line, Kind kind, CodePage page) {
        Entry added = new Entry(line, kind, page, 1);
        int at = entries.size();
        // Only entries of the same line can sort after the new one, and a line has at most one per kind and page.
        while (at > 0 && ORDER.compare(entries.get(at - 1), added) >= 0) {
            Entry previous = entries.get(at - 1);
            if (ORDER.compare(previous, added) == 0) {
                previous.count++;
                return;
            }
            at--;
        }
        entries.add(at, added);
    }

    /** Adds the counts of {@code other}, a later pass over the same lines. */
    void addAll(NoteLog other) {
        List<Entry> merged = new ArrayList<>(entries.size() + other.entries.size());
        int i = 0;
        int j = 0;
        while (i < entries.size() || j < other.entries.size()) {
            int order = i == entries.size() ? 1
                    : j == other.entries.size() ? -1
                    : ORDER.compare(entries.get(i), other.entries.get(j));
            if (order < 0) {
                merged.add(entries.get(i++));
            } else if (order > 0) {
                merged.add(other.entries.get(j++));
            } else {
                Entry mine = entries.get(i++);
                merged.add(new Entry(mine.line, mine.kind, mine.page, mine.count + other.entries.get(j++).count));
            }
        }
        entries.clear();
        entries.addAll(merged);
    }

    List<MojibakeRepair.Note> notes() {
        return entries.stream()
                .map(entry -> new MojibakeRepair.Note(entry.line, entry.kind.message(entry.count, entry.page)))
                .toList();
    }
}
