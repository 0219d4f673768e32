package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retrotrack.events.ItemStatus;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Finds the items of an action, debt or follow-through section in whatever shape the retro wrote them: table rows,
 * list entries (numbered, bulleted, checkboxes, with inline {@code (Owner: …)} fields), a bold label followed by
 * field bullets, or a sub-heading per item. Sub-headings and bold labels without fields group the items below them
 * (a priority, a category).
 */
final class ItemWalker {

    /** "Action #3: title", "Action 2 - title", "Item 4. title". */
    private static final Pattern NUMBERED_TITLE = Pattern.compile(
            "(?i)^(?:action(?: item)?|item|task)\\s*#?\\s*\\d{1,9}\\s*[:.)\\-–—]\\s*(.+)$");
    /**
     * A debt id up to its first digit: "TD-", "DEBT_" or a project key and one of them ("LIB-TD-1"), then its parts.
     * What may follow the digit differs with where the id stands, so each pattern closes it itself.
     */
    static final String DEBT_ID_START = "(?:[A-Z][A-Z0-9]{0,11}[-_])?(?:TD|DEBT)[-_][A-Za-z0-9_.-]{0,40}\\d";
    /**
     * "TD-DM09-S1: title", "DEBT-3 - title", "TD-4 — title", "LIB-TD-1: title". A hyphen needs a space before it to
     * separate: in "TD-CLM21-01 title" it is part of the id.
     */
    private static final Pattern DEBT_TITLE = Pattern.compile("^(" + DEBT_ID_START + "[A-Za-z0-9_-]{0,20})"
            + "(?:\\s{0,10}[:–—]|\\s{1,10}-)\\s{0,10}(.+)$");
    /** Inline fields in parentheses, then a dash and a status: "… (Owner: X) — ✅ done". */
    private static final Pattern STATUS_AFTER_FIELDS = Pattern.compile("^(.+\\([^()]*:[^()]*\\))\\s+[—–-]\\s+(.+)$");
    /** "Title (`registry/Segment.kt`, est. 2h) — fixed in sprint 3": a note after closing brackets. */
    private static final Pattern NOTE_AFTER_BRACKETS = Pattern.compile("^(.+\\))\\s+[—–-]\\s+(.+)$");
    /** "@Tunde Bakare 04 Dec 2026", "@hannah": a mention, up to three names, and a date, closing an entry. */
    private static final Pattern TRAILING_MENTION = Pattern.compile(
            "@(\\p{L}[\\p{L}\\d_.'-]{0,38}(?: \\p{Lu}[\\p{L}'-]{0,30}){0,2})"
                    + "(?:\\s{1,3}(\\d{1,2} \\p{L}{3,9} \\d{4}|\\d{4}-\\d{2}-\\d{2}))?\\s{0,3}");
    private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX✓✔])]\\s*(.*)$", Pattern.DOTALL);

    private final Warnings warnings;

    ItemWalker(Warnings warnings) {
        this.warnings = warnings;
    }

    /** All items of the section and its sub-sections of the same kind. */
    List<RawItem> items(Section section) {
        List<RawItem> items = new ArrayList<>();
        walk(section, RawItem.Group.NONE.within(section.heading, section.itemTitle()), items);
        return items;
    }

    private void walk(Section section, RawItem.Group group, List<RawItem> items) {
        List<Field> fieldLines = section.level >= 3 ? fieldLines(section.blocks) : null;
        Optional<String> itemHeading = section.itemTitle();
        int fieldBlocks = itemHeading.isPresent() && fieldLines == null && section.level >= 3
                ? leadingFieldBlocks(section.blocks) : 0;
        // Only a label after the fields ("**Tooling:**") opens items of their own; plain steps belong to the action.
        if (fieldBlocks > 0 && !(section.blocks.get(fieldBlocks) instanceof Paragraph next
                && boldLabel(next).isPresent())) {
            fieldBlocks = 0;
        }
        if (itemHeading.isPresent() && fieldLines != null) {
            items.add(headingItem(section, itemHeading.get(), group, fieldLines));
        } else if (fieldBlocks > 0) {
            // "### Action #3: Get night shift to sign" over "- **Owner:** Alice", then "**Tooling:**" and checkboxes:
            // the fields right under the heading are its item; what follows them are items of their own.
            items.add(headingItem(section, itemHeading.get(), group,
                    fieldLines(section.blocks.subList(0, fieldBlocks))));
            blocks(section.blocks.subList(fieldBlocks, section.blocks.size()), group, items);
        } else {
            int before = items.size();
            blocks(section.blocks, group, items);
            if (items.size() == before && fieldLines != null && namesARole(fieldLines)) {
                // A sub-heading followed only by fields is an item, whatever its wording; a speaker's line
                // ("**Bob (Scrum Master):** "Before we celebrate…"") names no field of an item.
                items.add(headingItem(section, section.heading, group, fieldLines));
            } else if (items.size() == before && itemHeading.isPresent()) {
                // "#### TD-9: Cache never expires" over prose and a field or two: a heading that is an item's title is
                // that item whatever else stands under it, never lost. The fields that can be read are kept.
                items.add(headingItemAmongProse(section, itemHeading.get(), group));
            }
        }
        for (Section child : section.children) {
            if (child.kind == section.kind) {
                RawItem.Group inner = section.kind == SectionKind.ACTIONS
                        ? group.withinActions(child.heading, child.itemTitle())
                        : group.within(child.heading, child.itemTitle());
                walk(child, inner, items);
            }
        }
    }

    /**
     * How many blocks from the first are field lines only ({@link #fieldLines}); 0 when the first is not. A key
     * without a value ("**Tooling:**") is a label over what follows, not a field.
     */
    private static int leadingFieldBlocks(List<Node> blocks) {
        int count = 0;
        while (count < blocks.size()) {
            List<Field> fields = fieldLines(blocks.subList(count, count + 1));
            if (fields == null || fields.stream().anyMatch(field -> field.value().isBlank())) {
                break;
            }
            count++;
        }
        return count;
    }

    private static boolean namesARole(List<Field> fields) {
        return fields.stream().anyMatch(field -> Role.of(field.key()) != null);
    }

    /** @param fieldLines the section's fields, as {@link #fieldLines} read them */
    private RawItem headingItem(Section section, String title, RawItem.Group group, List<Field> fieldLines) {
        Map<Role, String> fields = new EnumMap<>(Role.class);
        debtIdOf(section.heading).ifPresent(id -> fields.put(Role.DEBT_ID, id));
        fieldLines.forEach(field -> putField(fields, field));
        return new RawItem(title, fields, group, section.heading, section.line);
    }

    private RawItem headingItemAmongProse(Section section, String title, RawItem.Group group) {
        Map<Role, String> fields = new EnumMap<>(Role.class);
        debtIdOf(section.heading).ifPresent(id -> fields.put(Role.DEBT_ID, id));
        section.blocks.forEach(block -> collectFields(block, fields));
        if (section.blocks.stream().anyMatch(ItemWalker::isContent)) {
            warnings.add(section.line, "item '" + section.heading + "': the text under it is not all 'Key: value' "
                    + "fields; only those were read");
        }
        return new RawItem(title, fields, group, section.heading, section.line);
    }

    private void blocks(List<Node> blocks, RawItem.Group outer, List<RawItem> items) {
        RawItem.Group group = outer;
        boolean reflection = false;
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            if (reflection && !(block instanceof Paragraph)) {
                continue; // the lists under "**Team Agreements:**" and the like are not action items
            }
            switch (block) {
                case TableBlock table -> tableItems(Table.of(table), group, items);
                case ListBlock list -> listItems(list, group, items);
                case BlockQuote quote -> blocks(children(quote), group, items);
                case Paragraph paragraph -> {
                    Optional<String> label = boldLabel(paragraph);
                    if (label.isEmpty()) {
                        Optional<String> foldedLabel = labelWithFoldedList(paragraph, group, items);
                        if (foldedLabel.isPresent()) {
                            reflection = SectionKind.isReflection(foldedLabel.get());
                            group = outer.within(foldedLabel.get());
                        } else if (!reflection) {
                            fieldParagraphItem(paragraph, group).ifPresent(items::add);
                        }
                        continue;
                    }
                    Optional<String> itemTitle = itemTitle(label.get());
                    // "**Team Agreements:**" opens reflection; "**Action 3: Hold groomer feedback**" is an item,
                    // whatever its words.
                    reflection = itemTitle.isEmpty() && SectionKind.isReflection(label.get());
                    if (reflection) {
                        continue;
                    }
                    Node next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                    List<Field> listFields = next instanceof ListBlock list ? fieldLines(List.of(list)) : null;
                    if (listFields != null) {
                        Map<Role, String> fields = new EnumMap<>(Role.class);
                        listFields.forEach(field -> putField(fields, field));
                        items.add(new RawItem(itemTitle.orElse(label.get()), fields, group, label.get(),
                                Markdown.line(paragraph)));
                        i++;
                    } else if (itemTitle.isPresent()) {
                        items.add(new RawItem(itemTitle.get(), new EnumMap<>(Role.class), group, label.get(),
                                Markdown.line(paragraph)));
                    } else {
                        group = outer.within(label.get(), itemTitle);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** "3. Item (Owner: X)" or "- Item" folded into a paragraph, as CommonMark does without a blank line. */
    private static final Pattern FOLDED_ENTRY = Pattern.compile("^(?:\\d{1,3}[.)]|[-*+])\\s+(.+)$");

    /**
     * A bold label line directly followed by list lines that CommonMark folded into the label's paragraph (a list
     * not starting at 1 cannot interrupt a paragraph). Adds those entries as items under the label.
     *
     * @return the label, when the paragraph had that shape
     */
    private Optional<String> labelWithFoldedList(Paragraph paragraph, RawItem.Group outer, List<RawItem> items) {
        List<List<Node>> lines = Markdown.inlineLines(paragraph);
        if (lines.size() < 2 || !(firstNode(lines.getFirst()) instanceof StrongEmphasis)) {
            return Optional.empty();
        }
        String label = withoutTrailingColon(Markdown.text(lines.getFirst()));
        List<String> entries = new ArrayList<>();
        for (List<Node> line : lines.subList(1, lines.size())) {
            Matcher entry = FOLDED_ENTRY.matcher(Markdown.text(line));
            if (!entry.matches()) {
                return Optional.empty();
            }
            entries.add(entry.group(1));
        }
        if (!SectionKind.isReflection(label)) {
            RawItem.Group group = outer.within(label);
            int line = Markdown.line(paragraph);
            for (int i = 0; i < entries.size(); i++) {
                Field.Inline inline = Field.trailing(entries.get(i));
                Map<Role, String> fields = new EnumMap<>(Role.class);
                inline.fields().forEach(field -> putField(fields, field));
                Field.Inline dashed = DashedFields.split(inline.text(), List.of());
                dashed.fields().forEach(field -> putField(fields, field));
                items.add(new RawItem(dashed.text(), fields, group, entries.get(i), line + 1 + i));
            }
        }
        return Optional.of(label);
    }

    /** A paragraph of field lines under a bold first line: {@code **Title**} then {@code **Owner:** x} lines. */
    private Optional<RawItem> fieldParagraphItem(Paragraph paragraph, RawItem.Group group) {
        List<List<Node>> lines = Markdown.inlineLines(paragraph);
        if (lines.size() < 2 || !(firstNode(lines.getFirst()) instanceof StrongEmphasis)
                || Field.leading(lines.getFirst()).isPresent()) {
            return Optional.empty();
        }
        Map<Role, String> fields = new EnumMap<>(Role.class);
        for (List<Node> line : lines.subList(1, lines.size())) {
            Field.leading(line).ifPresent(field -> putField(fields, field));
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        String title = Markdown.text(lines.getFirst());
        return Optional.of(new RawItem(itemTitle(title).orElse(title), fields, group, Markdown.text(paragraph),
                Markdown.line(paragraph)));
    }

    private void tableItems(Table table, RawItem.Group group, List<RawItem> items) {
        Integer titleColumn = titleColumn(table);
        if (titleColumn == null) {
            warnings.add(table.line, "table with columns " + table.headers + " not understood as items; "
                    + table.rows.size() + " rows skipped");
            return;
        }
        SectionKind said = kindOf(table, titleColumn, group);
        for (Table.Row row : table.rows) {
            Node titleCell = row.cell(titleColumn);
            String title = titleCell == null ? null : boldLead(titleCell).orElse(row.text(titleColumn));
            if (title == null || title.isBlank()) {
                warnings.add(row.line(), "row without a title skipped");
                continue;
            }
            Map<Role, String> fields = new EnumMap<>(Role.class);
            table.columns.forEach((role, column) -> {
                String value = row.text(column);
                if (value != null && !column.equals(titleColumn)) {
                    // "| Area | `ota-service/waves/store.go` |": an area written as code is where the item is.
                    boolean place = role == Role.CATEGORY && !table.has(Role.LOCATION) && onlyCode(row.cell(column));
                    fields.put(place ? Role.LOCATION : role, value);
                }
            });
            String full = row.text(titleColumn);
            if (!title.equals(full) && full != null) {
                fields.putIfAbsent(Role.DESCRIPTION, full);
            }
            items.add(new RawItem(title, fields, group, rowText(row), row.line(), said));
        }
    }

    /**
     * Which of debt or actions a table holds, for a section holding both: its title column's header ("Debt",
     * "Action"), else the label it sits under, else its columns ({@link RawItem#kindOfFields}); null when none says.
     */
    private static SectionKind kindOf(Table table, int titleColumn, RawItem.Group group) {
        SectionKind header = SectionKind.itemKindNamed(table.headers.get(titleColumn));
        if (header != null) {
            return header;
        }
        return group.kind() != null ? group.kind() : RawItem.kindOfFields(table.columns.keySet());
    }

    private void listItems(ListBlock list, RawItem.Group group, List<RawItem> items) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem listItem) || !(listItem.getFirstChild() instanceof Paragraph first)) {
                continue;
            }
            String entry = Markdown.text(first).replace('\n', ' ');
            String text = entry;
            Map<Role, String> fields = new EnumMap<>(Role.class);
            Matcher checkbox = CHECKBOX.matcher(text);
            if (text.startsWith("[") && checkbox.matches()) {
                fields.put(Role.STATUS, checkbox.group(1).isBlank() ? "open" : "done");
                text = checkbox.group(2);
            }
            String written = text;
            text = trailingMention(text, fields);
            Matcher afterFields = STATUS_AFTER_FIELDS.matcher(text);
            if (text.indexOf(')') >= 0 && Cues.hasSpacedDash(text) && afterFields.matches()
                    && Statuses.parse(afterFields.group(2)) != null) {
                // "Title (Owner: X, By: Y) — ✅ merged the day after": the status follows the fields.
                fields.putIfAbsent(Role.STATUS, afterFields.group(2));
                text = afterFields.group(1);
                written = text;
            } else if (afterFields.matches() && namesAField(Field.trailing(afterFields.group(1)))) {
                // "Title (Owner: Charlie, Est: 1d) — same as the KDF debt item": a note after the fields; it stays
                // in the original text, the title and fields are what come before it.
                text = afterFields.group(1);
            }
            List<String> code = codeSpans(first);
            Matcher afterBrackets = code.isEmpty() || text.indexOf(')') < 0 || !Cues.hasSpacedDash(text) ? null
                    : NOTE_AFTER_BRACKETS.matcher(text);
            if (afterBrackets != null && afterBrackets.matches() && !codeInTrailingBrackets(
                    new Field.Inline(afterBrackets.group(1), List.of()), code).fields().isEmpty()) {
                // "Segment lengths … (`registry/Segment.kt`, est. 2h) — fixed in sprint 3": where and how big in
                // brackets, then a note, which may say the status; the note stays in the original text.
                if (Statuses.withNote(afterBrackets.group(2)) != null) {
                    // "fixed in sprint 3", "done — merged on Monday"; not "started as a quick fix and never cleaned up"
                    fields.putIfAbsent(Role.STATUS, afterBrackets.group(2));
                }
                text = afterBrackets.group(1);
            }
            Field.Inline inline = Field.trailing(text, code);
            inline.fields().forEach(field -> putField(fields, field));
            // "Ask for a sandbox — Owner: Alice, Due: 2026-08-14", "Seeds not pinned — `train/seed.py`"
            Field.Inline dashed = DashedFields.split(inline.text(), code);
            dashed.fields().forEach(field -> putField(fields, field));
            dashed = codeInTrailingBrackets(dashed, code);
            dashed.fields().forEach(field -> putField(fields, field));
            for (Node nested = first.getNext(); nested != null; nested = nested.getNext()) {
                collectFields(nested, fields);
            }
            Optional<String> lead = boldLead(first);
            String title = lead.orElse(dashed.text());
            Optional<String> statusLead = lead.isPresent() ? Optional.empty()
                    : boldLeadOrStatus(first).filter(Statuses::isOnlyAStatus);
            if (statusLead.isPresent() && title.startsWith(statusLead.get())) {
                // "**Deferred:** Mobile layout for the booking page — …", "**Closed:** Rotate keys": a bold lead that
                // is only a status is the entry's status, whatever the word; the title follows it.
                fields.putIfAbsent(Role.STATUS, statusLead.get());
                title = ItemReader.withoutLeadingSeparators(title.substring(statusLead.get().length()));
            }
            if (lead.isPresent() && !fields.containsKey(Role.STATUS)) {
                statusAfterBoldLead(first, entry).ifPresent(status -> fields.put(Role.STATUS, status));
            }
            if (title.isBlank()) {
                warnings.add(Markdown.line(listItem), "list entry without a title skipped");
                continue;
            }
            Optional<String> numbered = itemTitle(title);
            items.add(new RawItem(numbered.orElse(title), fields, group, written,
                    Markdown.line(listItem)));
        }
    }

    /**
     * "Hand-rolled cache never invalidates (`meds/DmdCache.java`)": brackets closing an entry that hold exactly one
     * of its code spans say where the item is.
     */
    private static Field.Inline codeInTrailingBrackets(Field.Inline entry, List<String> code) {
        String text = entry.text();
        if (code.isEmpty() || !text.endsWith(")")) {
            return new Field.Inline(text, List.of());
        }
        int open = text.lastIndexOf('(');
        String inside = open <= 0 ? "" : text.substring(open + 1, text.length() - 1).strip();
        if (inside.isEmpty()) {
            return new Field.Inline(text, List.of());
        }
        if (code.contains(inside)) {
            return new Field.Inline(text.substring(0, open).strip(), List.of(new Field("Location", inside)));
        }
        // "Replay jobs have no worker cap (`tools/replay/main.go`, est. 4h)": the code span and an estimate beside
        // it; anything else in the brackets leaves the entry as written.
        int comma = inside.indexOf(',');
        if (comma <= 0 || inside.indexOf(',', comma + 1) >= 0) {
            return new Field.Inline(text, List.of());
        }
        String first = inside.substring(0, comma).strip();
        String second = inside.substring(comma + 1).strip();
        boolean placeFirst = code.contains(first);
        String place = placeFirst ? first : code.contains(second) ? second : null;
        String effort = estimate(placeFirst ? second : first);
        return place == null || effort == null ? new Field.Inline(text, List.of())
                : new Field.Inline(text.substring(0, open).strip(),
                        List.of(new Field("Location", place), new Field("Effort", effort)));
    }

    /** "est. 2 days", "estimate: 4h", "~2h" → the size itself; null when the text is not an estimate. */
    private static final Pattern ESTIMATE = Pattern.compile(
            "(?i)^(?:(?:est(?:imated?)?|effort)\\.?\\s{0,10}:?\\s{0,10})?(~?\\s{0,10}\\d{1,9}(?:\\.\\d{1,9})?\\s{0,10}"
                    + "(?:h|hrs?|hours?|d|days?|w|weeks?|sp|pts?|points?))$");

    private static String estimate(String text) {
        Matcher estimate = ESTIMATE.matcher(text);
        return estimate.matches() ? estimate.group(1).strip() : null;
    }

    /** A table cell holding nothing but inline code. */
    private static boolean onlyCode(Node cell) {
        boolean code = false;
        for (Node child = cell == null ? null : cell.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Code) {
                code = true;
            } else if (!(child instanceof Text text) || !text.getLiteral().isBlank()) {
                return false;
            }
        }
        return code;
    }

    /** The literals of a paragraph's inline code spans (usually none). */
    private static List<String> codeSpans(Paragraph paragraph) {
        List<String> spans = new ArrayList<>(0);
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Code code) {
                spans.add(code.getLiteral().strip());
            }
        }
        return spans;
    }

    /** Collects {@code **Key:** value} fields from a paragraph's lines or a list's entries. */
    private static void collectFields(Node block, Map<Role, String> fields) {
        if (block instanceof Paragraph paragraph) {
            for (List<Node> line : Markdown.inlineLines(paragraph)) {
                Field.leading(line).or(() -> plainField(line)).ifPresent(field -> putField(fields, field));
            }
        } else if (block instanceof ListBlock list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item.getFirstChild() instanceof Paragraph paragraph) {
                    collectFields(paragraph, fields);
                }
            }
        }
    }

    /** {@code Owner: Charlie} without bold, accepted only for keys that name a known role. */
    private static Optional<Field> plainField(List<Node> line) {
        String text = Markdown.text(line);
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 30) {
            return Optional.empty();
        }
        String key = text.substring(0, colon);
        return Role.named(key) == null ? Optional.empty()
                : Optional.of(new Field(key, text.substring(colon + 1).strip()));
    }

    /**
     * "Make valve commands idempotent @Tunde Bakare 04 Dec 2026": a Confluence task ends with the assignee's mention
     * and maybe its due date; they become the owner and deadline, and the text before them the title.
     *
     * @return the text without the mention, or the text as it was when it ends with none
     */
    private static String trailingMention(String text, Map<Role, String> fields) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || !Character.isWhitespace(text.charAt(at - 1))) {
            return text;
        }
        Matcher mention = TRAILING_MENTION.matcher(text).region(at, text.length());
        if (!mention.matches() || mention.group(2) != null && Dates.parse(mention.group(2)) == null) {
            return text;
        }
        String before = text.substring(0, at).strip();
        if (before.isEmpty()) {
            return text;
        }
        fields.putIfAbsent(Role.OWNER, mention.group(1));
        if (mention.group(2) != null) {
            fields.putIfAbsent(Role.DEADLINE, mention.group(2));
        }
        return before;
    }

    /** Whether any of these inline fields has a key that names a role ("Owner", "Est"), not just any colon. */
    private static boolean namesAField(Field.Inline inline) {
        return inline.fields().stream().anyMatch(field -> Role.of(field.key()) != null);
    }

    private static void putField(Map<Role, String> fields, Field field) {
        Role role = Role.of(field.key());
        boolean namesDebt = field.key().toLowerCase(Locale.ROOT).contains("debt");
        boolean debtKey = role == Role.TITLE || role == null && namesDebt;
        // "- **Task:** OPS-7" is a ticket, not a debt: a bare tracker key is a debt id only under a key naming debt.
        boolean debtValue = debtIdOnly(field.value()) || namesDebt && KEY_ONLY.matcher(field.value().strip()).matches();
        if (debtKey && debtValue) {
            // "- **Debt:** TD-LVL2-01", "- **Tech Debt:** ASP-2" under an action: the debt it works off, not a title.
            // Under a key naming debt, a tracker key without "TD" is an id as well.
            role = Role.DEBT_ID;
        }
        if (role != null && !field.value().isBlank()) {
            fields.putIfAbsent(role, field.value());
        }
    }

    /**
     * The fields of blocks made of field lines only (so they describe one item rather than list items), in document
     * order, as {@link #collectFields} would read them; {@code null} when any content is not a field line, or there
     * is none. Read once and kept: telling the shape and collecting the fields visit the same lines.
     */
    private static List<Field> fieldLines(List<Node> blocks) {
        List<Field> fields = new ArrayList<>();
        boolean anyContent = false;
        for (Node block : blocks) {
            if (!isContent(block)) {
                continue;
            }
            anyContent = true;
            if (block instanceof Paragraph paragraph) {
                boolean fieldsBefore = !fields.isEmpty();
                if (!addFieldLines(paragraph, fields) && !fieldsBefore) {
                    return null;
                }
                // 'Bob: "Action 3 is the reason …"' after an item's fields comments on it; fields after the comment
                // are still the item's.
            } else if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (!(item.getFirstChild() instanceof Paragraph paragraph) || !addFieldLines(paragraph, fields)) {
                        return null;
                    }
                }
            } else {
                return null;
            }
        }
        return anyContent ? fields : null;
    }

    /** Whether an item heading's section states a status among its fields ("- **Status:** Deferred"). */
    static boolean statesAStatus(Section section) {
        List<Field> fields = fieldLines(section.blocks);
        return fields != null && fields.stream().anyMatch(field -> Role.named(field.key()) == Role.STATUS);
    }

    /** Adds the field of each line of the paragraph; false as soon as a line is not a field. */
    private static boolean addFieldLines(Paragraph paragraph, List<Field> fields) {
        Field previous = null; // the field of the lines before, in this paragraph
        StringBuilder wrapped = null; // its value and the lines that went on with it, joined once at the end
        String lastLine = null;
        for (List<Node> line : Markdown.inlineLines(paragraph)) {
            Optional<Field> field = Field.leading(line).or(() -> plainField(line));
            String text = field.isEmpty() && previous != null ? Markdown.text(line).strip() : null;
            if (text != null && goesOn(previous, lastLine, text)) {
                wrapped.append(' ').append(text);
                lastLine = text;
                continue;
            }
            if (field.isEmpty()) {
                return false;
            }
            flush(fields, previous, wrapped);
            previous = field.get();
            wrapped = new StringBuilder(previous.value());
            lastLine = previous.value().strip();
        }
        flush(fields, previous, wrapped);
        return true;
    }

    private static void flush(List<Field> fields, Field field, StringBuilder value) {
        if (field != null) {
            fields.add(value.length() == field.value().length() ? field : new Field(field.key(), value.toString()));
        }
    }

    /** Fields written as free text, whose value may be hard-wrapped over lines; an owner or a date is not. */
    private static final java.util.Set<Role> PROSE_ROLES = java.util.EnumSet.of(Role.ISSUE, Role.DESCRIPTION,
            Role.RECOMMENDATION, Role.CRITERIA, Role.EVIDENCE);

    /**
     * "**Issue:** Storage days are cut at the server's midnight, which differs from the⏎yard's posted tariff.": a line
     * opening lower case after a free-text value whose last line has not ended its sentence goes on with that value.
     */
    private static boolean goesOn(Field field, String lastLine, String text) {
        Role role = Role.of(field.key());
        return (role == null || PROSE_ROLES.contains(role)) && !lastLine.isEmpty()
                && ".!?:".indexOf(lastLine.charAt(lastLine.length() - 1)) < 0
                && !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** Separators and HTML comments carry nothing to read. */
    static boolean isContent(Node block) {
        return !(block instanceof ThematicBreak)
                && !(block instanceof HtmlBlock html && html.getLiteral().strip().startsWith("<!--"));
    }

    /** The text of a paragraph that is nothing but bold (or italic) text: a label or an item title. */
    private static Optional<String> boldLabel(Paragraph paragraph) {
        List<List<Node>> lines = Markdown.inlineLines(paragraph);
        if (lines.size() != 1) {
            return Optional.empty();
        }
        // "📌 **Process Improvements:**": a symbol marking the label is no part of it, as blank text is not.
        List<Node> nodes = lines.getFirst().stream()
                .filter(n -> !(n instanceof Text t) || !t.getLiteral().isBlank() && !Field.onlySymbols(t.getLiteral()))
                .toList();
        boolean bold = !nodes.isEmpty() && (nodes.getFirst() instanceof StrongEmphasis
                || nodes.getFirst() instanceof Emphasis)
                && (nodes.size() == 1 || nodes.size() == 2 && nodes.get(1) instanceof Text t
                && t.getLiteral().strip().equals(":"));
        if (!bold) {
            return Optional.empty();
        }
        String label = withoutTrailingColon(Markdown.text(nodes.getFirst()));
        return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }

    /** How much of an entry after its bold title can hold its status and a separator: "Not addressed (" and more. */
    private static final int STATUS_OPENING = 40;

    /** The bold title an entry opens with, after at most a symbol; null when it opens otherwise. */
    private static StrongEmphasis boldTitle(Node paragraph) {
        Node first = paragraph.getFirstChild();
        if (first instanceof Text symbols && Field.onlySymbols(symbols.getLiteral())) {
            first = first.getNext();
        }
        return first instanceof StrongEmphasis strong ? strong : null;
    }

    /** Whether an entry opens with a bold title, after at most a symbol: what {@link #statusOfTitledEntry} reads. */
    static boolean opensWithBoldTitle(Node paragraph) {
        return boldTitle(paragraph) != null;
    }

    /**
     * "✅ **Get the chair layout** — Done: …", "**Load-test the matcher** – ❌ Not addressed": the status of an entry
     * whose title is bold, with a status symbol before it or a status after it, the shape of a tracked item whatever
     * its heading; null for any other entry.
     */
    static ItemStatus statusOfTitledEntry(Node paragraph) {
        StrongEmphasis title = boldTitle(paragraph);
        if (title == null) {
            return null;
        }
        if (title.getPrevious() instanceof Text symbols) {
            ItemStatus marked = Statuses.parse(symbols.getLiteral().strip());
            if (marked != null) {
                return marked;
            }
        }
        // The status stands right after the bold title: only its opening is read (a status and the start of its
        // note), so a long quote costs no more than a short one. Plain text is read as it stands; emphasis, a link or
        // a line break before the status is rendered, a few nodes at most.
        String after = title.getNext() instanceof Text text ? text.getLiteral() : "";
        String stripped = ItemReader.withoutLeadingSeparators(after);
        if (stripped.isEmpty()) {
            // " — *Done*: …", " — [In Progress](…)", a line break and then the status.
            stripped = ItemReader.withoutLeadingSeparators(renderedOpening(title.getNext()));
        }
        String opening = stripped.length() <= STATUS_OPENING ? stripped : stripped.substring(0, STATUS_OPENING);
        if (!Statuses.mayOpenWithStatus(opening)) {
            return null;
        }
        Statuses.Noted status = Statuses.withNote(opening);
        return status == null ? null : status.status();
    }

    /** The text of the inline nodes from {@code node} on, rendered until it is long enough to hold a status. */
    private static String renderedOpening(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node at = node; at != null && text.length() < 2 * STATUS_OPENING; at = at.getNext()) {
            if (at instanceof Text literal) {
                text.append(literal.getLiteral()); // Markdown.text renders a node's children, and text has none
            } else {
                text.append(at instanceof org.commonmark.node.SoftLineBreak
                        || at instanceof org.commonmark.node.HardLineBreak ? " " : Markdown.text(at));
            }
        }
        return text.toString();
    }

    /** "**Standardize X**: description" in a cell or entry: the bold lead is the title. */
    private static Optional<String> boldLead(Node container) {
        return boldLeadOrStatus(container).filter(lead -> !Statuses.isOnlyAStatus(lead));
    }

    /** {@link #boldLead}, or the bold status a line opens with ("**Deferred:** Mobile layout …"). */
    private static Optional<String> boldLeadOrStatus(Node container) {
        Node first = container.getFirstChild();
        if (first instanceof Paragraph paragraph) {
            first = paragraph.getFirstChild();
        }
        if (!(first instanceof StrongEmphasis strong) || !(strong.getNext() instanceof Text after)) {
            return Optional.empty();
        }
        String lead = withoutTrailingColon(Markdown.text(strong));
        boolean separated = Markdown.text(strong).endsWith(":") || after.getLiteral().startsWith(":")
                || after.getLiteral().startsWith(" -") || after.getLiteral().startsWith(" –");
        return separated && !lead.isEmpty() ? Optional.of(lead) : Optional.empty();
    }

    /**
     * "**Get read access to the feed:** Complete — access granted in sprint 1": the status (and its note) written
     * after an entry's bold title; empty when the rest of the entry does not start with a status.
     *
     * @param full the entry's text as rendered, line breaks as spaces
     */
    private static Optional<String> statusAfterBoldLead(Paragraph entry, String full) {
        String lead = Markdown.text(entry.getFirstChild()).replace('\n', ' ');
        if (!full.startsWith(lead) || Role.named(withoutTrailingColon(lead)) != null) {
            return Optional.empty();
        }
        // "**Title**: Done", "**Title** – ✅ Done (all three partners sent files)": a colon or dash before the status.
        String rest = ItemReader.withoutLeadingSeparators(full.substring(lead.length()));
        return Statuses.withNote(rest) != null ? Optional.of(rest) : Optional.empty();
    }

    private static String withoutTrailingColon(String text) {
        return (text.endsWith(":") ? text.substring(0, text.length() - 1) : text).strip();
    }

    static Optional<String> itemTitle(String heading) {
        String stripped = heading.strip();
        if (mayBeNumberedTitle(stripped)) {
            Matcher numbered = NUMBERED_TITLE.matcher(stripped);
            if (numbered.matches()) {
                return Optional.of(numbered.group(1).strip());
            }
        }
        if (!mayBeDebtTitle(stripped)) {
            return Optional.empty();
        }
        Matcher debt = DEBT_TITLE.matcher(stripped);
        return debt.matches() ? Optional.of(debt.group(2).strip()) : Optional.empty();
    }

    /** A tracker key alone, "ASP-2", "CB-14", "OPS_7": capitals, then a hyphen or underscore and a number. */
    private static final Pattern KEY_ONLY = Pattern.compile("^[A-Z][A-Z0-9]{0,11}[-_]\\d{1,9}$");
    private static final Pattern DEBT_ID_ONLY = Pattern.compile(
            "^" + DEBT_ID_START + "[A-Za-z0-9_-]{0,20}$");

    private static boolean debtIdOnly(String value) {
        return value.length() <= 64 && DEBT_ID_ONLY.matcher(value.strip()).matches();
    }

    static Optional<String> debtIdOf(String text) {
        String stripped = text.strip();
        if (!mayBeDebtTitle(stripped)) {
            return Optional.empty();
        }
        Matcher debt = DEBT_TITLE.matcher(stripped);
        return debt.matches() ? Optional.of(debt.group(1)) : Optional.empty();
    }

    /** {@link #NUMBERED_TITLE} starts with "action", "item" or "task" in any (ASCII) case: tested on every label. */
    private static boolean mayBeNumberedTitle(String text) {
        return !text.isEmpty() && "aAiItT".indexOf(text.charAt(0)) >= 0;
    }

    /** {@link #DEBT_TITLE} starts with "TD" or "DEBT" (case matters), or with a short project key before them. */
    private static boolean mayBeDebtTitle(String text) {
        if (text.startsWith("TD") || text.startsWith("DEBT")) {
            return true;
        }
        if (text.isEmpty() || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            return false;
        }
        String head = text.substring(0, Math.min(text.length(), 14));
        return head.contains("-TD") || head.contains("_TD") || head.contains("-DEBT") || head.contains("_DEBT");
    }

    /** The first inline that is neither blank nor only a symbol marking the line ("📝 **Technical:**"). */
    private static Node firstNode(List<Node> line) {
        return line.stream().filter(n -> !(n instanceof Text t) || !t.getLiteral().isBlank()
                && !Field.onlySymbols(t.getLiteral())).findFirst().orElse(null);
    }

    private static Integer titleColumn(Table table) {
        Integer named = firstPresent(table, Role.TITLE, Role.DESCRIPTION, Role.ISSUE, Role.STORY);
        if (named == null && table.has(Role.STATUS) && !table.headers.isEmpty()
                && Role.of(table.headers.getFirst()) == null) {
            // "| What we said | Who | Result | Notes |": a first column no role names, beside a status column, holds
            // what the rows are about.
            return 0;
        }
        return named;
    }

    private static Integer firstPresent(Table table, Role... roles) {
        for (Role role : roles) {
            if (table.has(role)) {
                return table.column(role);
            }
        }
        return null;
    }

    private static String rowText(Table.Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.text(i);
            cells.add(text == null ? "" : text);
        }
        return "| " + String.join(" | ", cells) + " |";
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }
}
