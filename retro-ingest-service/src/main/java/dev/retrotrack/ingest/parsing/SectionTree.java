package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** Splits a parsed document into nested {@link Section}s by its headings. */
final class SectionTree {

    private SectionTree() {
    }

    static Section build(Node document) {
        Section root = new Section("", 0, 1, SectionKind.OTHER, null);
        Section current = root;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                while (current.level >= heading.getLevel()) {
                    current = current.parent;
                }
                String text = Markdown.text(heading);
                SectionKind kind = kindOf(current, heading.getLevel(), text);
                Section previous = current.children.isEmpty() ? null : current.children.getLast();
                if (kind == current.kind && previous != null && isItemKind(previous.kind) && previous.kind != kind
                        && previous.level == heading.getLevel() && Priorities.parse(text) != null
                        && SectionKind.classify(text) == SectionKind.OTHER) {
                    // "### technical debt" then "### HIGH Priority" at the same level: the priority headings
                    // group the items of the section before them.
                    kind = previous.kind;
                }
                Section section = new Section(text, heading.getLevel(), Markdown.line(heading), kind, current);
                current.children.add(section);
                current = section;
            } else {
                current.blocks.add(block);
            }
        }
        earlierActionsBeforeTheActionSection(root);
        return root;
    }

    /**
     * "### Action #1: Agree the feed contract" with its status and notes, standing under a heading about something
     * else ("## discussion") before the retro's own "## action items": the retro's actions are in that section, so
     * numbered actions with a status ahead of it, outside any section of items, are the earlier retro's actions being
     * reviewed.
     */
    private static void earlierActionsBeforeTheActionSection(Section root) {
        List<Section> stray = new ArrayList<>();
        Section actions = firstActionSection(root, stray);
        // Only items that say how they stand are reviewed ones, and only a section that lists items is the retro's
        // own: "### Action 1: Pin SDK" with an owner, then "## Next steps" with a date to meet, are new actions.
        if (actions != null && !stray.isEmpty() && stray.stream().allMatch(ItemWalker::statesAStatus)
                && listsItems(actions)) {
            stray.forEach(SectionTree::reviewedActions);
        }
    }

    /**
     * The first action section, in document order, that is not a numbered action heading outside item sections;
     * null when there is none. The numbered ones met before it are collected in {@code stray}.
     */
    private static Section firstActionSection(Section section, List<Section> stray) {
        boolean outsideItems = section.parent != null && !isItemKind(section.parent.kind);
        if (section.kind == SectionKind.ACTIONS && outsideItems && section.level > 1) {
            if (section.itemTitle().isEmpty()) {
                return section;
            }
            stray.add(section);
        }
        for (Section child : section.children) {
            Section found = firstActionSection(child, stray);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean listsItems(Section section) {
        return section.flatten().stream().anyMatch(part -> part.blocks.stream()
                .anyMatch(block -> block instanceof org.commonmark.node.ListBlock
                        || block instanceof org.commonmark.ext.gfm.tables.TableBlock));
    }

    private static void reviewedActions(Section section) {
        for (Section part : section.flatten()) {
            if (part.kind == SectionKind.ACTIONS) {
                part.kind = SectionKind.FOLLOW_THROUGH;
            }
        }
    }

    private static boolean isItemKind(SectionKind kind) {
        return kind == SectionKind.ACTIONS || kind == SectionKind.DEBT || kind == SectionKind.FOLLOW_THROUGH;
    }

    /**
     * A document title (level 1) says nothing about its parts. Inside an action, debt or follow-through section,
     * sub-headings are groupings (a priority, a category, "For next epic") unless they clearly start another of
     * those three; elsewhere a sub-heading that says nothing specific belongs to its parent's kind.
     */
    private static SectionKind kindOf(Section parent, int level, String heading) {
        if (level == 1) {
            return SectionKind.OTHER;
        }
        SectionKind own = SectionKind.classify(heading);
        boolean itemParent = parent.kind == SectionKind.ACTIONS || parent.kind == SectionKind.DEBT
                || parent.kind == SectionKind.FOLLOW_THROUGH;
        if (itemParent) {
            // "### 8.2 Debt paydown" under "## 8. Follow-up Actions" lists actions that pay debt down (they link to
            // it by id); it is not a second debt register.
            boolean debtUnderActions = own == SectionKind.DEBT && parent.kind == SectionKind.ACTIONS;
            boolean switches = !debtUnderActions && (own == SectionKind.FOLLOW_THROUGH || own == SectionKind.DEBT
                    || own == SectionKind.ACTIONS);
            // "### Action #2: Weekly data review" under "## Follow-through on epic 8 actions": a heading that is one
            // numbered item's title is an item of the section it is in, not the start of another section.
            if (ItemWalker.itemTitle(heading).isEmpty() && SectionKind.opensReflection(heading)) {
                // "### what went well" under "## Epic 7 action item review": the reflection starts, whatever level.
                return SectionKind.OTHER;
            }
            return switches && ItemWalker.itemTitle(heading).isEmpty() ? own : parent.kind;
        }
        if (parent.kind == SectionKind.NEXT_EPIC && SectionKind.namesAnEpic(heading)) {
            // "### Epic 5: Site Delivery Logistics" under "## Impact on Next Epic": the epic's name and title, whatever
            // its words ("delivery") would say of another heading.
            return SectionKind.NEXT_EPIC;
        }
        return own == SectionKind.OTHER ? parent.kind : own;
    }
}
