package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retrotrack.events.Retro;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;

/** Stories of this epic, from tables with a story column ("0.6.1 Shared Models", "DM-09.1" + description). */
final class StoryReader {

    /** A story key at the start of a cell: 0.6.1, DM-09.1, 1-2, 3.2a, Story 4. */
    private static final Pattern KEYED = Pattern.compile(
            "^(?:story\\s+)?([A-Za-z]{0,6}-?\\d+(?:[.-]\\d+)*[a-z]?)(?:\\s*[:\\-–—]\\s*|\\s+)(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY_ONLY = Pattern.compile("^(?:story\\s+)?([A-Za-z]{0,6}-?\\d+(?:[.-]\\d+)*[a-z]?)$",
            Pattern.CASE_INSENSITIVE);

    private StoryReader() {
    }

    static List<Retro.Story> stories(Section section, int lineOffset, Warnings warnings) {
        List<Retro.Story> stories = new ArrayList<>();
        for (Node block : section.blocks) {
            if (block instanceof TableBlock tableBlock) {
                Table table = Table.of(tableBlock, lineOffset);
                if (table.has(Role.STORY)) {
                    read(table, stories, warnings);
                }
            }
        }
        return stories;
    }

    private static void read(Table table, List<Retro.Story> stories, Warnings warnings) {
        for (Table.Row row : table.rows) {
            String cell = row.text(table.column(Role.STORY));
            if (cell == null) {
                warnings.add(row.line(), "story row without a story skipped");
                continue;
            }
            String id;
            String title;
            Matcher keyed = KEYED.matcher(cell);
            Matcher keyOnly = KEY_ONLY.matcher(cell);
            if (keyOnly.matches()) {
                id = keyOnly.group(1);
                title = row.text(firstOf(table, Role.DESCRIPTION, Role.TITLE));
            } else if (keyed.matches()) {
                id = keyed.group(1);
                title = keyed.group(2).strip();
            } else {
                id = null;
                title = cell;
            }
            if (title == null) {
                title = row.text(firstOf(table, Role.DESCRIPTION, Role.TITLE));
            }
            Numbers.Reading points = Numbers.first(row.text(table.column(Role.POINTS)));
            stories.add(new Retro.Story(id, title, points == null ? null : points.value(),
                    Statuses.parse(row.text(table.column(Role.STATUS)))));
        }
    }

    private static Integer firstOf(Table table, Role... roles) {
        for (Role role : roles) {
            if (table.has(role)) {
                return table.column(role);
            }
        }
        return null;
    }
}
