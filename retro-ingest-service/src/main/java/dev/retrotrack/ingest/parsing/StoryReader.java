package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Retro;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Stories of this epic, from tables with a story column ("0.6.1 Shared Models", "DM-09.1" + description). */
final class StoryReader {

    /** A story key at the start of a cell: 0.6.1, DM-09.1, 1-2, 3.2a, Story 4. */
    private static final Pattern KEYED = Pattern.compile(
            "^(?:story\\s+)?([A-Za-z]{0,6}-?\\d{1,9}(?:[.-]\\d{1,9}){0,6}[a-z]?)(?:\\s*[:\\-–—]\\s*|\\s+)(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY_ONLY = Pattern.compile("^(?:story\\s+)?([A-Za-z]{0,6}-?\\d{1,9}(?:[.-]\\d{1,9}){0,6}[a-z]?)$",
            Pattern.CASE_INSENSITIVE);

    private StoryReader() {
    }

    /** A story entry in a list: "4.1 Title — Done (3 pts)", "Story 12.1: Title (5 pts) — done". */
    private static final Pattern LISTED = Pattern.compile(
            "^(?:story\\s+)?([A-Za-z]{0,6}-?\\d{1,9}(?:[.-]\\d{1,9}){1,6}[a-z]?)\\b\\s*[:\\-–—]?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POINTS = Pattern.compile("\\(\\s*(\\d{1,9})\\s*(?:pts?|points?|sp)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /** A task-list box opening an entry: "[x] …", "[ ] …". */
    private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX✓✔])]\\s*(.*)$", Pattern.DOTALL);
    /** An issue or pull-request number before a story key: "#471 ". */
    private static final Pattern ISSUE_REF = Pattern.compile("#\\d{1,9}\\s+");
    /** A bare number in brackets closing an entry: "(5)". */
    private static final Pattern BARE_POINTS = Pattern.compile("\\(\\s{0,3}(\\d{1,4})\\s{0,3}\\)$");

    /** "— 5 pts ✅ Done" closing an entry: the points, then what may be its status. */
    private static final Pattern DASHED_POINTS_THEN_MORE = Pattern.compile(
            "\\s{0,10}[—–,-]\\s{0,10}(\\d{1,9})\\s{0,10}(?:pts?|points?|sp)\\s{1,10}([^—–]{1,40})$",
            Pattern.CASE_INSENSITIVE);
    /** "— 5 SP", ", 3 pts" closing an entry. */
    private static final Pattern DASHED_POINTS = Pattern.compile("\\s*[—–,-]\\s*(\\d{1,9})\\s*(?:pts?|points?|sp)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** @param tables the section's tables, already read */
    /**
     * @param ifOfThisEpic where keyed entries found outside any story list go ({@link #deliveredKeyedEntries}): they
     *                     are this epic's stories only if their keys are of this retro's epic, known at the end
     */
    static List<Retro.Story> stories(Section section, Map<Node, Table> tables, Warnings warnings,
            List<Retro.Story> ifOfThisEpic) {
        List<Retro.Story> stories = new ArrayList<>();
        // "## Risks" over "Two stories carry risk:" and keyed entries: stories talked about, not this epic's list.
        // Asked of the heading only when the section has a list (most sections have none).
        boolean lists = section.blocks.stream().anyMatch(ListBlock.class::isInstance);
        boolean reflection = lists && SectionKind.isReflection(section.heading);
        boolean plans = lists && SectionKind.isAboutPlans(section.heading); // "## Backlog for Epic 4", "## Sprint 4 plan"
        boolean namesAnEpic = lists && section.level >= 2 && SectionKind.namesANumberedEpic(section.heading);
        Node previous = null;
        for (Node block : section.blocks) {
            boolean introduced = block instanceof ListBlock && previous instanceof Paragraph intro
                    && introducesStories(Markdown.text(intro));
            // Read once here and kept: telling whether the list is one and reading it are the same work.
            List<Retro.Story> talkedOf = !introduced && !reflection && block instanceof ListBlock list
                    && previous instanceof Paragraph intro ? storiesTalkedOfBefore(intro, list) : List.of();
            previous = block;
            if (block instanceof ListBlock) {
                // "- Stories" over an indented story table: a Notion toggle, flattened on export.
                for (Node nested : Table.inListItems(block)) {
                    if (tables.get(nested) instanceof Table table && table.has(Role.STORY)) {
                        read(table, stories, warnings);
                    }
                }
            }
            if (block instanceof ListBlock list && introduced) {
                listed(list, stories);
            } else if (!talkedOf.isEmpty()) {
                stories.addAll(talkedOf);
            } else if (tables.get(block) instanceof Table table) {
                if (table.has(Role.STORY)) {
                    read(table, stories, warnings);
                }
            } else if (block instanceof ListBlock list
                    && (section.kind == SectionKind.STORIES || opensWithBoldKeys(list))) {
                listed(list, stories);
            } else if (block instanceof ListBlock list && !reflection && !plans) {
                // Under a heading naming an epic ("## Epic 2 recap") they are this epic's only if their keys are;
                // under any other ("## how it went", "## Delivery") they are.
                (namesAnEpic ? ifOfThisEpic : stories).addAll(deliveredKeyedEntries(list));
            }
        }
        return stories;
    }

    /**
     * "- 2.1 weighbridge ticket import — 5 pts — done" under "What we shipped:" or among "- points: 13 / 18" figure
     * lines, under any heading but the retro's reflection: keyed entries that each give both points and a status,
     * whatever else the list holds (two at least). A backlog's or another epic's list has points and statuses too:
     * under a heading about plans none are taken, under one naming an epic only keys of this epic ({@link #ofEpic}).
     */
    private static List<Retro.Story> deliveredKeyedEntries(ListBlock list) {
        if (!anyEntryHasAKeyDigit(list)) {
            return List.of(); // decided from the first inline of each entry, before rendering any text
        }
        List<Retro.Story> read = new ArrayList<>();
        listed(list, read);
        boolean delivered = read.size() >= 2 && read.stream()
                .allMatch(story -> isStoryKey(story.id()) && story.points() != null && story.status() != null);
        return delivered ? read : List.of();
    }

    /**
     * "- **14.1** Rollout wave scheduler — 5 pts ✔" under any heading: every entry opens with a story key in bold,
     * which nothing but a story list does. Decided from each entry's first inline before rendering any text.
     */
    private static boolean opensWithBoldKeys(ListBlock list) {
        boolean any = false;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item.getFirstChild() instanceof Paragraph paragraph)
                    || !(paragraph.getFirstChild() instanceof StrongEmphasis bold)) {
                return false;
            }
            Matcher key = KEY_ONLY.matcher(Markdown.text(bold).strip());
            if (!key.matches() || !isStoryKey(key.group(1))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * "Short version: all 5 stories completed, 21 of 21 points." and under it "- 3.1 Pupil self-booking — 5 pts —
     * done": a paragraph about stories, then a list each of whose entries is a keyed story with its points or status.
     * The entries must say one or the other: a list of "3.4 was harder than it looked" lessons is no story list.
     *
     * @return the stories read, or none when the list is not such a list
     */
    private static List<Retro.Story> storiesTalkedOfBefore(Paragraph intro, ListBlock list) {
        if (!Words.of(Markdown.text(intro)).hasWordStarting("stor")) {
            return List.of();
        }
        List<Retro.Story> read = new ArrayList<>();
        listed(list, read);
        int entries = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            entries++;
        }
        boolean storyList = entries > 0 && read.size() == entries && read.stream()
                .allMatch(story -> isStoryKey(story.id()) && (story.points() != null || story.status() != null));
        return storyList ? read : List.of();
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    /**
     * Whether a story key belongs to the epic: the key's numbers begin with all of the epic's ("6.1" and "DM-09.2" to
     * epics "6" and "DM-09", "2.1.3" to "2.1"; "2.1" not to epic 3). False when the epic is unknown.
     */
    static boolean ofEpic(String key, String epicId) {
        if (key == null || epicId == null) {
            return false;
        }
        List<Integer> epic = numbers(epicId);
        List<Integer> keyed = numbers(key);
        return !epic.isEmpty() && keyed.size() > epic.size() && keyed.subList(0, epic.size()).equals(epic);
    }

    private static List<Integer> numbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        for (Matcher digits = DIGITS.matcher(text); digits.find(); ) {
            numbers.add(Integer.parseInt(digits.group()));
        }
        return numbers;
    }

    /** Whether some entry's text holds a digit where a key would be: "2.1 weighbridge import", "Story DM-9.1 …". */
    private static boolean anyEntryHasAKeyDigit(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text text) {
                String literal = text.getLiteral();
                int start = literal.startsWith("[") && literal.length() > 3 ? 3 : 0; // "[x] 2.1 …"
                while (start < literal.length() && !Character.isLetterOrDigit(literal.charAt(start))) {
                    start++; // "✅ 2.1 …"
                }
                for (int i = start; i < Math.min(literal.length(), start + 16); i++) {
                    if (Character.isDigit(literal.charAt(i))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Stories delivered:" — a short paragraph about stories that ends in a colon. */
    static boolean introducesStories(String text) {
        return text.endsWith(":") && text.length() < 120 && Words.of(text).hasWordStarting("stor");
    }

    private static void listed(ListBlock list, List<Retro.Story> stories) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item.getFirstChild() instanceof Paragraph paragraph)) {
                continue;
            }
            String text = Markdown.text(paragraph).replace('\n', ' ');
            ItemStatus status = null;
            int marker = markerEnd(text);
            if (marker > 0) {
                // "✅ 7.1 Local scan queue — 5 SP", "↪️ DF-2.7 Promotions calendar — moved to DF-3": whatever the
                // symbol, it marks the entry; a known one also gives the status.
                status = Statuses.ofStory(text.substring(0, marker));
                text = text.substring(marker).strip();
            }
            ItemStatus checked = null;
            Matcher checkbox = text.startsWith("[") ? CHECKBOX.matcher(text) : null;
            if (checkbox != null && checkbox.matches()) {
                // "- [x] #471 5.1 Title (5)": a story checklist, as GitHub issues keep them; the box is the status
                // unless the entry says more, and the issue number before the key is only a link.
                checked = checkbox.group(1).isBlank() ? ItemStatus.OPEN : ItemStatus.DONE;
                text = checkbox.group(2).strip();
                Matcher issue = ISSUE_REF.matcher(text);
                if (issue.lookingAt()) {
                    text = text.substring(issue.end());
                }
            }
            Matcher entry = LISTED.matcher(text);
            if (!entry.matches()) {
                continue;
            }
            String rest = entry.group(2);
            int arrow = rest.lastIndexOf(" → ");
            if (arrow > 0 && Statuses.opensWithStatus(rest.substring(arrow + 3))) {
                // "Replay window config (3) → moved to epic 6"
                status = status == null ? Statuses.ofStory(rest.substring(arrow + 3)) : status;
                rest = rest.substring(0, arrow).strip();
            }
            Integer points = null;
            Matcher bare = checked != null && rest.endsWith(")") ? BARE_POINTS.matcher(rest) : null;
            if (bare != null && bare.find()) {
                // In a checklist, a bare "(5)" closing the entry is its points, as issue titles write them.
                points = Integer.parseInt(bare.group(1));
                rest = rest.substring(0, bare.start()).strip();
            }
            status = status == null ? checked : status;
            Matcher pts = POINTS.matcher(rest);
            if (points == null && pts.find()) {
                points = Integer.parseInt(pts.group(1));
                String after = rest.substring(pts.end()).strip();
                if (!after.isEmpty() && Statuses.isOnlyAStatus(after)) {
                    // "**Story 3.1: Barcode labels** (5 pts) ✅ Done": a status alone after the points closes the
                    // entry; it is not part of the title.
                    status = status == null ? Statuses.ofStory(after) : status;
                    after = "";
                }
                rest = Markdown.collapseSpaces(rest.substring(0, pts.start()) + " " + after);
            }
            Matcher pointsThenStatus = points == null && rest.indexOf(' ') > 0
                    ? DASHED_POINTS_THEN_MORE.matcher(rest) : null;
            if (pointsThenStatus != null && pointsThenStatus.find()
                    && Statuses.isOnlyAStatus(pointsThenStatus.group(2).strip())) {
                // "Ice sheet calendar per rink — 5 pts ✅ Done": the points, then the status closing the entry.
                points = Integer.parseInt(pointsThenStatus.group(1));
                status = status == null ? Statuses.ofStory(pointsThenStatus.group(2)) : status;
                rest = rest.substring(0, pointsThenStatus.start()).strip();
            }
            int dash = Math.max(rest.lastIndexOf(" — "), Math.max(rest.lastIndexOf(" – "), rest.lastIndexOf(" - ")));
            if (dash > 0 && Statuses.opensWithStatus(rest.substring(dash + 3))) {
                // "— done", "— deferred to Epic 8"
                status = status == null ? Statuses.ofStory(rest.substring(dash + 3)) : status;
                rest = rest.substring(0, dash).strip();
            }
            int trailing = trailingMarkerStart(rest);
            if (trailing > 0 && trailing < rest.length()) {
                // "Rollout wave scheduler — 5 pts ✔": a symbol closing the entry marks it like one opening it.
                ItemStatus closing = Statuses.ofStory(rest.substring(trailing));
                if (closing != null) {
                    status = status == null ? closing : status;
                    rest = rest.substring(0, trailing).strip();
                }
            }
            Matcher dashedPts = DASHED_POINTS.matcher(rest);
            if (points == null && dashedPts.find()) {
                points = Integer.parseInt(dashedPts.group(1));
                rest = rest.substring(0, dashedPts.start()).strip();
            }
            stories.add(new Retro.Story(entry.group(1), rest, points, status));
        }
    }

    /** The end of the symbols (emoji, arrows) opening an entry before its first letter or digit; 0 when none. */
    private static int markerEnd(String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp == '[' || cp == '(' || cp == '*' || cp == '_') {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The start of the symbols (emoji, ticks) closing an entry after its last letter, digit or bracket; or length. */
    private static int trailingMarkerStart(String text) {
        int i = text.length();
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (Character.isLetterOrDigit(cp) || cp == ')' || cp == ']' || cp == '*' || cp == '_' || cp == '.') {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
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
                title = row.text(titleColumn(table));
            } else if (keyed.matches()) {
                id = keyed.group(1);
                title = keyed.group(2).strip();
            } else {
                // "| 4.3.1 | [Discharge medication list API](…) |": the key in a "#" column beside a titled story.
                Matcher numbered = KEY_ONLY.matcher(Objects.requireNonNullElse(row.text(table.column(Role.NUMBER)), ""));
                id = numbered.matches() && isStoryKey(numbered.group(1)) ? numbered.group(1) : null;
                title = cell;
            }
            if (title == null) {
                title = row.text(titleColumn(table));
            }
            // A story table's "Size" or "Estimate" column holds points when there is no points column.
            Integer pointsColumn = table.has(Role.POINTS) ? table.column(Role.POINTS) : table.column(Role.EFFORT);
            Numbers.Reading points = Numbers.first(row.text(pointsColumn));
            stories.add(new Retro.Story(id, title, points == null ? null : points.value(), status(table, row)));
        }
    }

    /** A key with a separator or letters ("4.3.1", "DM-9"): a plain "3" in a "#" column only counts rows. */
    private static boolean isStoryKey(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The status column; without one, an "Outcome" column whose cell opens with a status ("Complete (hotfix after
     * release)", "✅ Done"). An outcome that is a sentence says nothing about the status.
     */
    private static ItemStatus status(Table table, Table.Row row) {
        if (table.has(Role.STATUS)) {
            return Statuses.ofStory(row.text(table.column(Role.STATUS)));
        }
        String outcome = row.text(table.column(Role.EVIDENCE));
        return outcome != null && Statuses.opensWithStatus(outcome) ? Statuses.ofStory(outcome) : null;
    }

    /**
     * The column holding story titles: a description or title column, or, in {@code ID | Story | …} tables, the
     * story column beside the id column.
     */
    private static Integer titleColumn(Table table) {
        Integer described = firstOf(table, Role.DESCRIPTION, Role.TITLE);
        if (described != null) {
            return described;
        }
        for (int i = 0; i < table.headers.size(); i++) {
            String header = table.headers.get(i).toLowerCase(java.util.Locale.ROOT).strip();
            if (i != table.column(Role.STORY) && (header.equals("story") || header.equals("name"))) {
                return i;
            }
        }
        return null;
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
