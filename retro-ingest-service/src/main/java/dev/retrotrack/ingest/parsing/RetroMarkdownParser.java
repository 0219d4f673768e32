package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Retro;
import dev.retrotrack.ingest.parsing.text.MojibakeRepair;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Turns a retrospective written in Markdown into a {@link Retro}. Never throws: what it cannot understand becomes a
 * warning with its line number. Steps: repair a wrong character decode, split off YAML front matter, parse with
 * commonmark (GFM tables), split into sections by heading, and read each section by what its heading says it is.
 */
public final class RetroMarkdownParser {

    private static final java.util.regex.Pattern SEGMENT_SEPARATOR = java.util.regex.Pattern.compile(
            "\\s*[|·•]\\s*");

    /** How the last-resort warning starts; it has no line (nothing else without a line starts like it). */
    static final String UNREADABLE = "the document could not be fully read";

    private RetroMarkdownParser() {
    }

    public static Retro parse(String markdown) {
        Warnings warnings = new Warnings();
        try {
            return read(markdown == null ? "" : markdown, warnings);
        } catch (RuntimeException | StackOverflowError e) {
            warnings.add(null, UNREADABLE + " (" + e.getClass().getSimpleName()
                    + "); please report it with the document attached");
            return new Retro(null, null, null, List.of(), null, List.of(), List.of(), List.of(), List.of(), null,
                    warnings.sorted());
        }
    }

    private static Retro read(String markdown, Warnings warnings) {
        FrontMatter.Split split = prepare(markdown, warnings);
        return extract(split, Markdown.parse(split.body()), warnings);
    }

    /** Repairs a wrong character decode and splits off YAML front matter: what comes before commonmark. */
    static FrontMatter.Split prepare(String markdown, Warnings warnings) {
        MojibakeRepair.Repaired repaired = MojibakeRepair.repair(markdown.replace("\r\n", "\n"));
        repaired.notes().forEach(note -> warnings.add(note.line(), note.message()));
        return FrontMatter.split(withoutUnicodeLineSeparators(repaired.text()), warnings);
    }

    /**
     * U+2028, U+2029 and U+0085 become spaces. Markdown does not break lines at them, but a regex {@code .} does not
     * cross them either, so a pattern ending in {@code (.+)$} would be retried from every earlier start: quadratic.
     * Repair runs first, so a C1 control that a wrong decode left is already resolved; line numbers stay as they were.
     */
    private static String withoutUnicodeLineSeparators(String text) {
        boolean none = text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0 && text.indexOf('\u0085') < 0;
        return none ? text : text.replace('\u2028', ' ').replace('\u2029', ' ').replace('\u0085', ' ');
    }

    /** Reads the retro out of the parsed body (read only: the tree is not changed) and its front matter. */
    static Retro extract(FrontMatter.Split split, Node document, Warnings warnings) {
        HeaderReader header = new HeaderReader(warnings);
        DeliveryReader delivery = new DeliveryReader(warnings);
        header.frontMatter(split.values(), 1);
        Section root = SectionTree.build(document);
        ItemWalker walker = new ItemWalker(warnings);

        List<Retro.ActionItem> actions = new ArrayList<>();
        List<Retro.TechDebtItem> debt = new ArrayList<>();
        List<Retro.FollowThroughItem> followThrough = new ArrayList<>();
        List<Retro.Story> stories = new ArrayList<>();
        // The items as written, beside what was read from them, for the warnings about words not understood.
        List<RawItem> actionsAsWritten = new ArrayList<>();
        List<RawItem> debtAsWritten = new ArrayList<>();
        List<List<Node>> prose = new ArrayList<>();
        List<Retro.Story> keyedElsewhere = new ArrayList<>(); // kept at the end if their keys are of this epic
        String title = null;

        for (Section section : root.flatten()) {
            if (section.level == 1 && title == null) {
                title = section.heading;
            }
            if (section.level >= 2) {
                facilitatedBy(section.blocks, header);
            }
            boolean topOfKind = section.parent == null || section.parent.kind != section.kind;
            switch (section.kind) {
                case ACTIONS, DEBT -> {
                    if (topOfKind) {
                        // "## Technical Debt & Actions": each item's table, label or fields say which it is.
                        SectionKind unsaid = SectionKind.namesDebtAndActions(section.heading)
                                ? SectionKind.firstOfDebtAndActions(section.heading) : null;
                        List<RawItem> entries = new ArrayList<>();
                        for (RawItem item : items(walker, section, warnings)) {
                            if (kindOf(item, section.kind, unsaid) == SectionKind.ACTIONS) {
                                actions.add(ItemReader.action(item));
                                actionsAsWritten.add(item);
                            } else {
                                entries.add(item);
                            }
                        }
                        Set<String> keyPrefixes = ItemReader.sharedKeyPrefixes(entries);
                        for (RawItem item : entries) {
                            debt.add(ItemReader.debt(item, keyPrefixes));
                            debtAsWritten.add(item);
                        }
                    }
                }
                case FOLLOW_THROUGH -> {
                    if (topOfKind) {
                        for (RawItem item : items(walker, section, warnings)) {
                            Retro.FollowThroughItem row = ItemReader.followThrough(item);
                            unread(item, Role.STATUS, row.status(), warnings);
                            followThrough.add(row);
                        }
                    }
                }
                case NEXT_EPIC -> {
                    fields(section, header, delivery, false);
                    NextEpicReader.read(section, header);
                }
                default -> {
                    if (HeaderReader.isPeopleHeading(section.heading)) {
                        header.people(listEntries(section.blocks));
                    }
                    // Stories and figures both come from this section's tables: read each table once.
                    Map<Node, Table> tables = Table.allIn(section.blocks);
                    if (section.level <= 1) {
                        headerTables(tables.values(), header);
                    }
                    List<Retro.Story> sectionStories = StoryReader.stories(section, tables, warnings, keyedElsewhere);
                    addNew(stories, sectionStories);
                    if (sectionStories.isEmpty()) {
                        warnAboutUnclaimedItems(section, warnings);
                    }
                    metricTables(tables.values(), delivery);
                    fields(section, header, delivery, true);
                    // Figures in sentences ("we closed 5 of the 7 stories") are read in every non-item section; the
                    // patterns are specific, and tables and fields win over them.
                    prose.add(section.blocks);
                }
            }
        }
        if (title != null) {
            header.title(title);
        }
        String epicId = header.epic() == null ? null : header.epic().id();
        addNew(stories, keyedElsewhere.stream().filter(story -> StoryReader.ofEpic(story.id(), epicId)).toList());
        for (List<Node> blocks : prose) {
            if (!delivery.wantsProse()) {
                break; // tables and fields gave every figure: render no prose for nothing
            }
            delivery.prose(proseText(blocks));
        }
        UnreadFigures.warn(prose, delivery.delivery(), warnings);
        DebtLinks.link(actions, debt);
        DebtLinks.inheritStatus(actions, debt);
        // After the links: a debt entry whose own status word is unknown may have taken its action's "done".
        for (int i = 0; i < actions.size(); i++) {
            unread(actionsAsWritten.get(i), Role.STATUS, actions.get(i).status(), warnings);
            unread(actionsAsWritten.get(i), Role.PRIORITY, actions.get(i).priority(), warnings);
        }
        for (int i = 0; i < debt.size(); i++) {
            unread(debtAsWritten.get(i), Role.STATUS, debt.get(i).status(), warnings);
            unread(debtAsWritten.get(i), Role.PRIORITY, debt.get(i).priority(), warnings);
        }
        return new Retro(header.epic(), header.date(), header.facilitator(), header.participants(),
                delivery.delivery(), stories, actions, debt, followThrough, header.nextEpic(), warnings.sorted());
    }

    /**
     * A story listed again under a later heading ("## Carry-over" over "- 3.2 Diary — not started") is the same story,
     * kept once as first read; stories without a key are all kept.
     */
    private static void addNew(List<Retro.Story> stories, List<Retro.Story> found) {
        if (found.isEmpty()) {
            return;
        }
        Set<String> known = new java.util.HashSet<>();
        stories.stream().map(Retro.Story::id).filter(java.util.Objects::nonNull)
                .forEach(id -> known.add(id.toLowerCase(Locale.ROOT)));
        for (Retro.Story story : found) {
            if (story.id() == null || known.add(story.id().toLowerCase(Locale.ROOT))) {
                stories.add(story);
            }
        }
    }

    /**
     * "## what we said last time" over "- ✅ **Get the chair layout** — Done: …": entries with a bold title and a
     * status, under a heading that does not say whether they are actions, debt or promises under review, are not read
     * as items; at least the answer says so. Headings of the retro's own reflection ("What went well") are passed
     * over, as are sections whose lists were read as stories.
     */
    private static void warnAboutUnclaimedItems(Section section, Warnings warnings) {
        if (section.kind != SectionKind.OTHER || section.level < 2 || SectionKind.isReflection(section.heading)) {
            return;
        }
        for (Node block : section.blocks) {
            if (block instanceof ListBlock list) {
                List<Node> entries = Markdown.leadParagraphs(list);
                long boldTitled = entries.stream().filter(ItemWalker::opensWithBoldTitle).count();
                if (boldTitled < 2 || boldTitled * 2 < entries.size()) {
                    continue; // too few entries of the shape to be items: no status read
                }
                List<ItemStatus> statuses = entries.stream().map(ItemWalker::statusOfTitledEntry)
                        .filter(java.util.Objects::nonNull).toList();
                long tracked = statuses.size();
                // A checklist of ticks and crosses ("Definition of Done", a timeline of done weeks) is no list of
                // tracked items: one of them must be under way, deferred, blocked or dropped.
                boolean underWay = statuses.stream().anyMatch(s -> s != ItemStatus.DONE && s != ItemStatus.OPEN);
                if (tracked >= 2 && tracked * 2 >= entries.size() && underWay) {
                    warnings.add(Markdown.line(list), "list under '" + section.heading + "' looks like items with a "
                            + "status, but the heading does not say whether they are actions, debt or earlier actions "
                            + "under review; " + tracked + " entries not read as items");
                }
            }
        }
    }

    /** Values of a status or priority cell that say it is not known yet: nothing to warn about. */
    private static final Set<String> PLACEHOLDERS = Set.of("tbd", "tba", "n a", "na", "none", "unknown", "tbc");
    /** More words than a status or priority is written in: a sentence, as a "Result" column holds. */
    private static final int MOST_WORDS_OF_A_STATUS = 4;

    /**
     * A status or priority the document states in its own field or column that no word list knows ("Parked",
     * "Someday"): it is left unknown, never guessed, and the warning says so. A value without letters ("—", "?"), a
     * placeholder ("TBD", "N/A") or a sentence ("Ravi and Dana paired on all three stories", the result a follow-up
     * column gives) is no status word and is passed over.
     */
    private static void unread(RawItem item, Role role, Object read, Warnings warnings) {
        String written = item.field(role);
        String words = written == null ? "" : SectionKind.normalize(written);
        if (read == null && !words.isEmpty() && words.chars().anyMatch(Character::isLetter)
                && !PLACEHOLDERS.contains(words) && words.split(" ").length <= MOST_WORDS_OF_A_STATUS) {
            warnings.add(item.line(), role.name().toLowerCase(Locale.ROOT) + " '" + written + "' of '" + item.title()
                    + "' not understood; left unknown");
        }
    }

    /**
     * An item of an action or debt section is of the section's kind, unless the heading names both ("## Technical
     * Debt &amp; Actions"): then what its table, label or fields say decides, and where they are silent the kind the
     * heading names first.
     *
     * @param unsaid for a heading naming both, the kind it names first; else null
     */
    private static SectionKind kindOf(RawItem item, SectionKind sectionKind, SectionKind unsaid) {
        if (unsaid == null) {
            return sectionKind;
        }
        SectionKind said = item.kindItSays();
        return said == null ? unsaid : said;
    }

    private static List<RawItem> items(ItemWalker walker, Section section, Warnings warnings) {
        List<RawItem> items = walker.items(section);
        if (items.isEmpty() && section.flatten().stream()
                .anyMatch(s -> s.blocks.stream().anyMatch(ItemWalker::isContent))) {
            warnings.add(section.line, "section '" + section.heading + "' looks like "
                    + section.kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " but no items were understood in it");
        }
        return items;
    }

    /** {@code **Key:** value} lines (several per line when separated by {@code |}) outside item sections. */
    private static void fields(Section section, HeaderReader header, DeliveryReader delivery, boolean figures) {
        // Plain "- stories: 3 of 4 done" bullets are this retro's figures under any heading but its reflection,
        // its people, plans or another epic (a title naming this retro's own epic is no other).
        boolean listFigures = figures && !SectionKind.isReflection(section.heading)
                && !HeaderReader.isPeopleHeading(section.heading) && !SectionKind.isAboutPlans(section.heading)
                && (section.level <= 1 || !SectionKind.namesANumberedEpic(section.heading));
        for (Node block : section.blocks) {
            for (Node paragraph : Markdown.leadParagraphs(block)) {
                List<String> sentenceLines = new ArrayList<>(); // header prose lines in a row, read together
                for (List<Node> line : Markdown.inlineLines(paragraph)) {
                    Optional<Field> lead = Field.leading(line);
                    String text = null; // rendered once, and only for the lines that need it
                    if (lead.isEmpty() && section.level <= 1) {
                        text = Markdown.text(line);
                        lead = plainHeaderField(text);
                        if (lead.isEmpty() && hasSegmentSeparator(text)) {
                            header.partsLine(text, Markdown.line(paragraph), SEGMENT_SEPARATOR);
                        } else if (lead.isEmpty()) {
                            sentenceLines.add(text);
                        }
                    }
                    if (lead.isPresent()) {
                        headerSentences(sentenceLines, header, Markdown.line(paragraph));
                    }
                    if (lead.isEmpty() && figures && (section.kind == SectionKind.METRICS
                            || block instanceof ListBlock && listFigures && mayBePlainFigure(line))) {
                        // "- Stories: 5 planned / 5 done" without bold: in a metrics section, or as a list entry
                        // under the headings above ("## how it went"), a plain label is a figure when it names one
                        // (never a header field: "Sprint: 3 of 4 days" names no epic).
                        if (text == null) {
                            text = Markdown.text(line);
                        }
                        plainFigure(text).ifPresent(figure ->
                                delivery.figure(figure.key(), null, figure.value(), Markdown.line(paragraph)));
                    }
                    if (lead.isEmpty()) {
                        continue;
                    }
                    if (text == null) {
                        text = Markdown.text(line);
                    }
                    int lineNo = Markdown.line(paragraph);
                    for (Field field : segments(lead.get(), text)) {
                        if (!header.field(field.key(), field.value(), lineNo) && figures) {
                            delivery.figure(field.key(), null, field.value(), lineNo);
                        }
                    }
                    if (section.level <= 1) {
                        // "Facilitator: Bob · Held on 2026-05-14": segments that are sentences, not fields.
                        for (String segment : splitSegments(text)) {
                            if (segment.indexOf(':') < 0) {
                                header.sentences(segment, lineNo);
                            }
                        }
                    }
                }
                headerSentences(sentenceLines, header, Markdown.line(paragraph));
            }
        }
    }

    /**
     * Header sentences on lines in a row, then emptied: "Facilitated by Bob (Scrum Master) with Alice⏎(Product
     * Owner), Charlie …" is one sentence wrapped over lines, so the lines are read joined first; then each alone, for
     * lines that were facts of their own ("Retro held 2 April 2026⏎Bob facilitated"), which only fill what the joined
     * reading left unknown.
     */
    private static void headerSentences(List<String> lines, HeaderReader header, int lineNo) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sentence.append(sentence.isEmpty() ? "" : " ").append(lines.get(i));
            boolean last = i + 1 == lines.size();
            if (last || !continuesOnNextLine(lines.get(i), lines.get(i + 1))) {
                if (sentence.length() > lines.get(i).length()) {
                    header.sentences(sentence.toString(), lineNo);
                }
                sentence.setLength(0);
            }
        }
        lines.forEach(line -> header.sentences(line, lineNo));
        lines.clear();
    }

    /**
     * Whether a header line's sentence goes on to the next line: the line leaves a bracket open or ends in a comma,
     * "and" or "with", or the next line starts in lower case or with a bracket or comma. "Facilitated by Bob⏎Held on
     * 2 April 2026" are two facts.
     */
    private static boolean continuesOnNextLine(String line, String next) {
        String l = line.strip();
        String lower = l.toLowerCase(Locale.ROOT);
        boolean openBracket = l.lastIndexOf('(') > l.lastIndexOf(')');
        char first = next.strip().isEmpty() ? ' ' : next.strip().charAt(0);
        return openBracket || l.endsWith(",") || lower.endsWith(" and") || lower.endsWith(" with")
                || Character.isLowerCase(first) || first == '(' || first == ',';
    }

    /**
     * "_Facilitated by Bob (Scrum Master)._" closing the document, far from the header: a paragraph that opens with
     * those words names the facilitator when nothing before did. Decided from the first text before rendering any.
     */
    private static void facilitatedBy(List<Node> blocks, HeaderReader header) {
        for (Node block : blocks) {
            if (block instanceof Paragraph paragraph && opensWith(paragraph, "facilitated by ")) {
                header.sentences(Markdown.text(paragraph), Markdown.line(paragraph));
            }
        }
    }

    private static boolean opensWith(Node node, String words) {
        Node first = node.getFirstChild();
        while (first != null && !(first instanceof Text)) {
            first = first.getFirstChild();
        }
        return first instanceof Text text && text.getLiteral().regionMatches(true, 0, words, 0, words.length());
    }

    /** "Facilitator: Bob" without bold, on the document's opening lines: only header keys count there. */
    private static Optional<Field> plainHeaderField(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || !HeaderReader.isHeaderKey(line.substring(0, colon))) {
            return Optional.empty();
        }
        return Optional.of(new Field(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
    }

    /**
     * "stories: 3 of 4 done" opens with a text holding a colon and a digit after it: decided from the line's first
     * inline, before rendering it (most list lines are no figure).
     */
    private static boolean mayBePlainFigure(List<Node> line) {
        if (line.isEmpty() || !(line.getFirst() instanceof Text text)) {
            return false;
        }
        String literal = text.getLiteral();
        int colon = literal.indexOf(':');
        return colon > 0 && colon <= 30 && Cues.hasDigit(literal.substring(colon));
    }

    /** "Points: 21 committed, 21 delivered": a short label of words, a colon, a value. */
    private static Optional<Field> plainFigure(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 30 || colon + 1 >= line.length()) {
            return Optional.empty();
        }
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '-') {
                return Optional.empty();
            }
        }
        return Optional.of(new Field(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
    }

    /** "**Stories:** 8 | **Points:** 50" and "Date: 12 May 2026 · Facilitator: Bob" hold two fields each. */
    private static List<Field> segments(Field lead, String lineText) {
        if (!hasSegmentSeparator(lead.value())) {
            return List.of(lead);
        }
        List<String> keys = new ArrayList<>();
        List<StringBuilder> values = new ArrayList<>();
        for (String segment : splitSegments(lineText)) {
            int colon = segment.indexOf(':');
            if (colon > 0) {
                // "📌 **Who:** …": the line's text keeps the symbol marking the key, which is no part of it.
                String key = segment.substring(0, colon).strip();
                keys.add(key.substring(Symbols.leadingEnd(key)).strip());
                values.add(new StringBuilder(segment.substring(colon + 1).strip()));
            } else if (!keys.isEmpty() && HeaderReader.isPeopleKey(keys.getLast()) && !segment.isBlank()) {
                // "**Who:** Alice (PO) · Charlie (Tech Lead) · Bob (SM)": one more person, not a new field.
                values.getLast().append(", ").append(segment.strip());
            }
        }
        List<Field> fields = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            fields.add(new Field(keys.get(i), values.get(i).toString()));
        }
        return fields;
    }

    /** {@link #SEGMENT_SEPARATOR}'s split, without running the regex over the many lines that have no separator. */
    private static String[] splitSegments(String text) {
        return hasSegmentSeparator(text) ? SEGMENT_SEPARATOR.split(text) : new String[] {text};
    }

    /** Whether {@link #SEGMENT_SEPARATOR} occurs in the text: it does exactly where one of its three characters does. */
    private static boolean hasSegmentSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '·' || c == '•') {
                return true;
            }
        }
        return false;
    }

    /** {@code | **Facilitator** | Bob |}: two-column tables whose rows are header keys and values. */
    private static void headerTables(Collection<Table> tables, HeaderReader header) {
        for (Table table : tables) {
            List<Table.Row> rows = new ArrayList<>(table.rows);
            if (table.headers.size() != 2 || rows.isEmpty()) {
                continue;
            }
            for (Table.Row row : rows) {
                String key = row.text(0);
                String value = row.text(1);
                if (key != null && value != null && HeaderReader.isHeaderKey(key)) {
                    header.field(key, value, row.line());
                }
            }
        }
    }

    /** The plain text of each list entry's first paragraph. */
    private static List<String> listEntries(List<Node> blocks) {
        List<String> entries = new ArrayList<>();
        for (Node block : blocks) {
            if (block instanceof ListBlock) {
                Markdown.leadParagraphs(block).forEach(paragraph -> entries.add(Markdown.text(paragraph)));
            }
        }
        return entries;
    }

    /** {@code Metric | Target | Actual} and {@code Metric | Value} tables. */
    private static void metricTables(Collection<Table> tables, DeliveryReader delivery) {
        for (Table table : tables) {
            if (table.headers.isEmpty() || table.has(Role.STORY)) {
                continue;
            }
            Integer actual = columnNamed(table, "actual", "value", "count", "result", "delivered", "achieved",
                    "total", "completed");
            Integer planned = columnNamed(table, "target", "planned", "committed", "goal", "plan", "expected");
            if (actual == null) {
                actual = table.headers.size() - 1;
            }
            for (Table.Row row : table.rows) {
                String label = row.text(0);
                if (label != null && actual > 0) {
                    delivery.figure(label, planned == null ? null : row.text(planned), row.text(actual), row.line());
                }
            }
        }
    }

    private static Integer columnNamed(Table table, String... names) {
        for (int i = 1; i < table.headers.size(); i++) {
            String header = table.headers.get(i).toLowerCase(Locale.ROOT);
            for (String name : names) {
                if (header.contains(name)) {
                    return i;
                }
            }
        }
        return null;
    }

    /** Sentences of the blocks outside tables, a line each; a blank line between blocks. */
    private static String proseText(List<Node> blocks) {
        StringBuilder text = new StringBuilder();
        for (Node block : blocks) {
            if (!(block instanceof TableBlock)) {
                text.append(Markdown.prose(block)).append('\n');
            }
        }
        return text.toString();
    }
}
