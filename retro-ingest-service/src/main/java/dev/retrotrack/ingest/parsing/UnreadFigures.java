package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import dev.retrotrack.events.Retro;

/**
 * Delivery figures the document seems to give but the parser did not read. Prose is open-ended: a sentence no
 * pattern knows ("Planned stories: 4" before that shape was known) left its figure {@code null} without a word.
 * When a figure is still unknown after everything was read, the first line of prose that seems to give it is named in
 * a warning, so the team sees which line to check instead of trusting a silent gap. A line must say which side it
 * gives when only one side is unknown ("planned", "delivered" …), and a story's own line ("5.1 Card vault — 5 pts")
 * gives no delivery figure.
 */
final class UnreadFigures {

    private static final String COUNT = "(?:" + Numbers.DIGITS_OR_WORD + ")";
    /** "8 stories", "seven stories", "4 user stories", "Planned stories: 4", "stories completed — 6". */
    private static final Pattern STORIES = Pattern.compile(
            "\\b" + COUNT + "\\s{1,3}(?:[a-z-]{1,20}\\s{1,3})?stories\\b"
                    + "|\\bstories\\b[^.\\n\\d]{0,25}?[:=—–-]\\s{0,3}\\d",
            Pattern.CASE_INSENSITIVE);
    /**
     * "34 points", "21 pts", "24 SP", "30 story points", "Story points: 28", "Points delivered: 28"; a count must stand by, so
     * "pain points" and "talking points" are none.
     */
    private static final Pattern POINTS = Pattern.compile(
            "\\b\\d{1,4}\\s{0,3}(?:story\\s{1,3})?(?:points|pts|sp)\\b"
                    + "|(?:\\bstory\\s{1,3}|^\\W{0,3})points\\b[^.\\n\\d]{0,25}?[:=—–-]\\s{0,3}\\d",
            Pattern.CASE_INSENSITIVE);
    /** "212 new tests", "+74 tests", "40 tests added", "added 40 unit tests", "tests added: 40". */
    private static final Pattern TESTS = Pattern.compile(
            "(?:\\+|\\b)\\d[\\d,]{0,8}\\+?\\s{1,3}(?:[a-z-]{1,20}\\s{1,3})?tests\\b[^.\\n]{0,20}?\\b(?:added|written)\\b"
                    + "|\\b(?:added|adding|wrote)\\b[^.\\n]{0,20}?\\b\\d[\\d,]{0,8}\\+?\\s{1,3}(?:[a-z-]{1,20}\\s{1,3})?tests\\b"
                    + "|\\b\\d[\\d,]{0,8}\\+?\\s{1,3}new\\s{1,3}(?:[a-z-]{1,20}\\s{1,3})?tests\\b"
                    + "|\\btests\\s{1,3}added\\b[^.\\n\\d]{0,10}?[:=—–-]\\s{0,3}\\+?\\d",
            Pattern.CASE_INSENSITIVE);
    /** A story's own line: "5.1 Card vault", "**PAY-3.1** Idempotency keys", "INV-30 Export", "Story 12.7: …". */
    private static final Pattern STORY_LINE = Pattern.compile(
            "^\\W{0,4}(?:[Ss]tory\\s{1,3})?(?:[A-Z][A-Z0-9]{0,9}-\\d{1,5}(?:\\.\\d{1,4}){0,6}|\\d{1,4}(?:\\.\\d{1,4}){1,6})\\b");
    private static final String[] PLANNED_WORDS = {"planned", "plan", "committed", "commitment", "forecast",
            "scoped", "target", "targeted", "estimated"};
    private static final String[] DONE_WORDS = {"delivered", "completed", "complete", "done", "finished", "closed",
            "shipped", "achieved", "burned", "landed", "merged", "got through", "velocity", "accepted", "released"};
    private static final String[] EITHER_SIDE = java.util.stream.Stream.concat(
            java.util.Arrays.stream(PLANNED_WORDS), java.util.Arrays.stream(DONE_WORDS)).toArray(String[]::new);
    /**
     * What a line giving one kind of figure holds: one of the cue words (lower case; cheap to look for), a digit when
     * every match has one, a match of the pattern, and, when the side is needed even with both sides unknown, a
     * word saying planned or done.
     */
    private record Figure(String[] cues, boolean digitNeeded, Pattern pattern, boolean sideNeeded) {
    }

    /** Stories are counted in few other ways than as figures ("The team got through 5 stories"). */
    private static final Figure STORY_COUNT = new Figure(new String[] {"stories"}, false, STORIES, false);
    /** Points are also estimates and sizes ("off by 8 points"): a line must say planned or done. */
    private static final Figure POINT_COUNT = new Figure(new String[] {"point", "pts", " sp"}, true, POINTS, true);
    private static final Figure TEST_COUNT = new Figure(new String[] {"tests"}, true, TESTS, false);
    /** How much of a line a warning quotes. */
    private static final int QUOTE = 100;

    private UnreadFigures() {
    }

    /**
     * @param proseSections the blocks of the sections whose prose was read for figures, in document order
     * @param delivery      what was read
     */
    static void warn(List<List<Node>> proseSections, Retro.Delivery delivery, Warnings warnings) {
        boolean storiesKnown = delivery.storiesPlanned() != null && delivery.storiesCompleted() != null;
        boolean pointsKnown = delivery.pointsPlanned() != null && delivery.pointsCompleted() != null;
        boolean testsKnown = delivery.testsAdded() != null;
        if (storiesKnown && pointsKnown && testsKnown) {
            return;
        }
        List<String> lines = new ArrayList<>();
        List<String> lowerLines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        proseSections.forEach(blocks -> blocks.stream().filter(block -> !(block instanceof TableBlock))
                .flatMap(block -> Markdown.paragraphs(block).stream()).forEach(paragraph -> {
                    for (String line : Markdown.prose(paragraph).split("\n")) {
                        if (!line.isBlank() && !STORY_LINE.matcher(line).lookingAt()) {
                            lines.add(line);
                            lowerLines.add(line.toLowerCase(Locale.ROOT));
                            lineNumbers.add(Markdown.line(paragraph));
                        }
                    }
                }));
        Prose prose = new Prose(lines, lowerLines, lineNumbers, warnings);
        if (!storiesKnown) {
            prose.firstMention(STORY_COUNT, delivery.storiesPlanned(), "stories planned", delivery.storiesCompleted(),
                    "stories completed");
        }
        if (!pointsKnown) {
            prose.firstMention(POINT_COUNT, delivery.pointsPlanned(), "points planned", delivery.pointsCompleted(),
                    "points completed");
        }
        if (!testsKnown) {
            prose.firstMention(TEST_COUNT, null, null, null, "tests added");
        }
    }

    /** The prose lines in document order, lower-cased beside, each with the source line of its paragraph. */
    private record Prose(List<String> lines, List<String> lowerLines, List<Integer> lineNumbers, Warnings warnings) {

        /**
         * Warns about the first line that seems to give the figure still unknown; one warning per kind of figure.
         *
         * @param planned the planned figure read, or null; {@code plannedName} null when the kind has no such side
         */
        void firstMention(Figure figure, Integer planned, String plannedName, Integer done, String doneName) {
            boolean plannedUnknown = plannedName != null && planned == null;
            boolean doneUnknown = done == null;
            String[] sideWords = plannedUnknown && doneUnknown ? (figure.sideNeeded() ? EITHER_SIDE : null)
                    : plannedUnknown ? PLANNED_WORDS : plannedName == null ? null : DONE_WORDS;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                // The cheap conditions first: most lines hold no cue, and the patterns have no literal prefix, so
                // a regex is tried at every position of the lines it is run on.
                if (holdsAny(lowerLines.get(i), figure.cues()) && (!figure.digitNeeded() || Cues.hasDigit(line))
                        && (sideWords == null || Words.of(line).hasAny(sideWords))
                        && figure.pattern().matcher(line).find()) {
                    List<String> unknown = new ArrayList<>(2);
                    if (plannedUnknown) {
                        unknown.add(plannedName);
                    }
                    if (doneUnknown) {
                        unknown.add(doneName);
                    }
                    warnings.add(lineNumbers.get(i), "'" + quote(line) + "' seems to give a delivery figure, but "
                            + String.join(" and ", unknown) + " could not be read from the document; left unknown");
                    return;
                }
            }
        }
    }

    private static boolean holdsAny(String lower, String[] cues) {
        for (String cue : cues) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String line) {
        return line.length() <= QUOTE ? line : line.substring(0, QUOTE - 1) + "…";
    }
}
