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
 * When a figure is still unknown after everything was read, the first sentence that counts the same thing is named
 * in a warning, so the team sees which line to check instead of trusting a silent gap.
 */
final class UnreadFigures {

    private static final String COUNT = "(?:" + Numbers.DIGITS_OR_WORD + ")";
    /** "8 stories", "seven stories", "4 user stories", "Planned stories: 4", "stories completed — 6". */
    private static final Pattern STORIES = Pattern.compile(
            "\\b" + COUNT + "\\s{1,3}(?:[a-z-]{1,20}\\s{1,3})?stories\\b"
                    + "|\\bstories\\b[^.\\n\\d]{0,25}?[:=—–-]\\s{0,3}\\d",
            Pattern.CASE_INSENSITIVE);
    /** "34 points", "21 pts", "30 story points", "Points delivered: 28" (not "pain points": a count must stand by). */
    private static final Pattern POINTS = Pattern.compile(
            "\\b\\d{1,4}\\s{0,3}(?:story\\s{1,3})?(?:points|pts|sp)\\b"
                    + "|\\b(?:story\\s{1,3})?points\\b[^.\\n\\d]{0,25}?[:=—–-]\\s{0,3}\\d",
            Pattern.CASE_INSENSITIVE);
    /** "212 new tests", "+74 tests", "tests added: 40". */
    private static final Pattern TESTS = Pattern.compile(
            "(?:\\+|\\b)\\d[\\d,]{0,8}\\+?\\s{1,3}(?:new\\s{1,3})?(?:[a-z-]{1,20}\\s{1,3})?tests\\b[^.\\n]{0,20}?"
                    + "\\b(?:added|written|new)\\b"
                    + "|\\b(?:added|wrote|new)\\b[^.\\n]{0,20}?\\b\\d[\\d,]{0,8}\\+?\\s{1,3}(?:[a-z-]{1,20}\\s{1,3})?tests\\b"
                    + "|\\btests\\s{1,3}added\\b[^.\\n\\d]{0,10}?[:=—–-]\\s{0,3}\\+?\\d",
            Pattern.CASE_INSENSITIVE);
    /** How much of a sentence a warning quotes. */
    private static final int QUOTE = 100;

    private UnreadFigures() {
    }

    /**
     * @param proseSections the blocks of the sections whose prose was read for figures, in document order
     * @param delivery      what was read
     */
    static void warn(List<List<Node>> proseSections, Retro.Delivery delivery, Warnings warnings) {
        List<String> stories = missing(delivery.storiesPlanned(), "stories planned", delivery.storiesCompleted(),
                "stories completed");
        List<String> points = missing(delivery.pointsPlanned(), "points planned", delivery.pointsCompleted(),
                "points completed");
        boolean tests = delivery.testsAdded() == null;
        if (stories.isEmpty() && points.isEmpty() && !tests) {
            return;
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        proseSections.forEach(blocks -> blocks.stream().filter(block -> !(block instanceof TableBlock))
                .forEach(block -> collect(block, paragraphs)));
        if (!stories.isEmpty()) {
            firstMention(paragraphs, List.of("stories"), STORIES, stories, warnings);
        }
        if (!points.isEmpty()) {
            firstMention(paragraphs, List.of("point", "pts", "sp"), POINTS, points, warnings);
        }
        if (tests) {
            firstMention(paragraphs, List.of("tests"), TESTS, List.of("tests added"), warnings);
        }
    }

    private static List<String> missing(Integer planned, String plannedName, Integer done, String doneName) {
        List<String> names = new ArrayList<>(2);
        if (planned == null) {
            names.add(plannedName);
        }
        if (done == null) {
            names.add(doneName);
        }
        return names;
    }

    private static void collect(Node node, List<Paragraph> paragraphs) {
        if (node instanceof Paragraph paragraph) {
            paragraphs.add(paragraph);
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, paragraphs);
        }
    }

    /** Warns about the first paragraph line that counts what {@code pattern} counts; one warning per figure kind. */
    private static void firstMention(List<Paragraph> paragraphs, List<String> cues, Pattern pattern,
            List<String> unknown, Warnings warnings) {
        for (Paragraph paragraph : paragraphs) {
            for (String line : Markdown.prose(paragraph).split("\n")) {
                // Every match holds one of the cues: most lines hold none, and the pattern is not tried on them.
                String lower = line.toLowerCase(Locale.ROOT);
                if (cues.stream().anyMatch(lower::contains) && pattern.matcher(line).find()) {
                    warnings.add(Markdown.line(paragraph), "'" + quote(line) + "' seems to give a delivery figure, "
                            + "but " + String.join(" and ", unknown) + " could not be read from the document; "
                            + "left unknown");
                    return;
                }
            }
        }
    }

    private static String quote(String line) {
        return line.length() <= QUOTE ? line : line.substring(0, QUOTE - 1) + "…";
    }
}
