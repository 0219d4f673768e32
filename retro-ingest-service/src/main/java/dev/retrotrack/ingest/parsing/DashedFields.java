package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a list entry says about itself after a dash, the way people write items on one line:
 * {@code Ask for a sandbox — Owner: Alice, Due: 2026-08-14, Priority: P1},
 * {@code Security review — Status: Done. Evidence: Jonas signed off}, or, closing a debt entry, the file it is in
 * and an estimate: {@code Seeds not pinned — `train/pipeline.py` — Est. 1 day}.
 *
 * <p>Every step is a bounded look at a dash or a separator, so the work stays linear in the entry's length.
 */
final class DashedFields {

    /** The longest key looked at ("Acceptance criteria" fits): keys are short, values are not. */
    private static final int MAX_KEY = 30;
    private static final String[] DASHES = {" — ", " – ", " - "};
    /** A location and an estimate: the most a debt entry closes with. */
    private static final int MAX_PEELED = 2;

    private DashedFields() {
    }

    /**
     * @param text  the entry's text, markup removed
     * @param code  the entry's inline code spans: a dash segment that is exactly one of them is the item's location
     * @return the fields found and the text before them; no fields when there are none
     */
    static Field.Inline split(String text, List<String> code) {
        String head = text;
        List<Field> fields = new ArrayList<>();
        int labelled = firstDashBeforeKey(head);
        if (labelled >= 0) {
            fields.addAll(labelledFields(head.substring(labelled + 3).strip()));
            head = head.substring(0, labelled).strip();
        }
        for (int peeled = 0; peeled < MAX_PEELED; peeled++) {
            int dash = lastDash(head);
            if (dash <= 0) {
                break;
            }
            String segment = head.substring(dash + 3).strip();
            Field field = code.contains(segment) ? new Field("Location", segment) : estimate(segment);
            if (field == null) {
                break;
            }
            fields.add(field);
            head = head.substring(0, dash).strip();
        }
        return fields.isEmpty() || head.isEmpty() ? new Field.Inline(text, List.of()) : new Field.Inline(head, fields);
    }

    /** The first dash that is followed by a {@code Key:} naming a known role, or -1. */
    private static int firstDashBeforeKey(String text) {
        int best = -1;
        for (String dash : DASHES) {
            for (int at = text.indexOf(dash); at > 0 && (best < 0 || at < best); at = text.indexOf(dash, at + 1)) {
                if (keyAt(text, at + 3) > 0) {
                    best = at;
                }
            }
        }
        return best;
    }

    private static int lastDash(String text) {
        int last = -1;
        for (String dash : DASHES) {
            last = Math.max(last, text.lastIndexOf(dash));
        }
        return last;
    }

    /**
     * The index of the colon ending a role key that starts at {@code from} ("Owner:", "Due:", "Evidence:"), or -1.
     * Only the next {@link #MAX_KEY} characters are looked at.
     */
    private static int keyAt(String text, int from) {
        int end = Math.min(text.length(), from + MAX_KEY);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i > from && Role.named(text.substring(from, i)) != null ? i : -1;
            }
            if (!Character.isLetter(c) && c != ' ' && c != '.' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Owner: Alice, Due: end of Epic 13, Priority: P0" or "Status: Done. Evidence: signed off, all eight": a value
     * runs up to the {@code , } {@code ; } or {@code . } that comes before the next role key, so commas inside a value
     * stay in it.
     */
    private static List<Field> labelledFields(String tail) {
        List<Field> fields = new ArrayList<>();
        int colon = keyAt(tail, 0);
        int keyStart = 0;
        while (colon > 0) {
            String key = tail.substring(keyStart, colon).strip();
            int valueStart = colon + 1;
            int next = -1;
            int nextColon = -1;
            for (int i = valueStart; i + 1 < tail.length(); i++) {
                char c = tail.charAt(i);
                if ((c == ',' || c == ';' || c == '.') && tail.charAt(i + 1) == ' ') {
                    nextColon = keyAt(tail, i + 2);
                    if (nextColon > 0) {
                        next = i;
                        break;
                    }
                }
            }
            String value = (next < 0 ? tail.substring(valueStart) : tail.substring(valueStart, next)).strip();
            if (!value.isEmpty()) {
                fields.add(new Field(key, value));
            }
            keyStart = next + 2;
            colon = next < 0 ? -1 : nextColon;
        }
        return fields;
    }

    /** "Est. 1 day", "Estimate 2-3 days", "Effort ~4h": an estimate needs a number. */
    private static Field estimate(String segment) {
        for (String word : new String[] {"est.", "estimate", "est", "effort"}) {
            if (segment.length() > word.length() && segment.regionMatches(true, 0, word, 0, word.length())
                    && (segment.charAt(word.length()) == ' ' || segment.charAt(word.length()) == ':')) {
                String value = segment.substring(word.length() + 1).strip();
                boolean hasNumber = value.chars().anyMatch(Character::isDigit);
                return hasNumber && value.length() <= 40 ? new Field("Effort", value) : null;
            }
        }
        return null;
    }
}
