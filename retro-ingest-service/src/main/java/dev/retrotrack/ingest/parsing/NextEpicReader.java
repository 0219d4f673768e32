package dev.retrotrack.ingest.parsing;

import java.util.List;
import java.util.Locale;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads a section about the next epic: its id and title ({@link HeaderReader#nextEpicSection}) and how many stories
 * are planned for it, from a story table, a list introduced as its stories, keyed entries, or the first list under a
 * heading that names the epic itself.
 */
final class NextEpicReader {

    /** Words of a sentence introducing a list of an epic's stories ("Stories planned:", "The scope includes:"). */
    private static final String[] STORY_LIST_INTRODUCTIONS = {"stor", "scope", "plan", "include", "backlog",
            "feature"};

    private NextEpicReader() {
    }

    static void read(Section section, HeaderReader header) {
        header.nextEpicSection(section.heading, text(section.blocks));
        Table.allIn(section.blocks).values().stream().filter(table -> table.has(Role.STORY))
                .forEach(table -> header.nextEpicStoryRows(table.rows.size()));
        header.nextEpicStoryRows(introducedStoryEntries(section.blocks));
        section.blocks.stream().filter(ListBlock.class::isInstance)
                .forEach(list -> header.nextEpicStoryList(entries(list)));
        ListBlock storyList = SectionKind.namesTheNextEpicItself(section.heading)
                ? firstListAfterParagraphs(section.blocks) : null;
        if (storyList != null) {
            // "### Epic 12: Ballast and Drainage", "## Next Epic: Epic 5 — Plot Inspections" and under it a list,
            // after at most some sentences: the epic's stories, unless its entries are labelled facts
            // ("Dependencies: the ledger API").
            List<String> entries = entries(storyList);
            if (entries.stream().noneMatch(NextEpicReader::opensWithLabel)) {
                header.nextEpicStoryRows(entries.size());
            }
        }
    }

    private static List<String> entries(Node list) {
        return Markdown.leadParagraphs(list).stream().map(Markdown::text).toList();
    }

    /** "Planned stories:" followed by a list: one planned story per entry; 0 when there is no such list. */
    private static int introducedStoryEntries(List<Node> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof ListBlock list && blocks.get(i - 1) instanceof Paragraph intro
                    && StoryReader.introducesStories(Markdown.text(intro))) {
                return Markdown.leadParagraphs(list).size();
            }
        }
        return 0;
    }

    /**
     * The first list of a section when only paragraphs stand before it, and the last of them, when it introduces
     * the list with a colon, introduces stories ("Stories planned:", not "Risks:"); else null.
     */
    private static ListBlock firstListAfterParagraphs(List<Node> blocks) {
        Node previous = null;
        for (Node block : blocks) {
            if (block instanceof ListBlock list) {
                String intro = previous == null ? "" : Markdown.text(previous).strip().toLowerCase(Locale.ROOT);
                boolean introducesOther = intro.endsWith(":")
                        && java.util.Arrays.stream(STORY_LIST_INTRODUCTIONS).noneMatch(intro::contains);
                return introducesOther ? null : list;
            }
            if (!(block instanceof Paragraph)) {
                return null;
            }
            previous = block;
        }
        return null;
    }

    /** "Dependencies: the ledger API", "Goal: …": up to three words and a colon open the text. */
    private static boolean opensWithLabel(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return false;
        }
        String label = text.substring(0, colon).strip();
        return !label.isEmpty() && label.split(" ").length <= 3 && label.chars().allMatch(
                c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'');
    }

    /** The text of the paragraphs outside tables, each with its own line breaks, a blank line between them. */
    private static String text(List<Node> blocks) {
        StringBuilder text = new StringBuilder();
        for (Node block : blocks) {
            if (!(block instanceof TableBlock)) {
                // A blank line between paragraphs and list entries: only a line break inside a paragraph may be a
                // sentence going on ("Epic 7 — group lesson bundles at the rental⏎desk."), never the next entry.
                Markdown.paragraphs(block).forEach(paragraph -> text.append(Markdown.text(paragraph)).append("\n\n"));
            }
        }
        return text.toString();
    }
}
