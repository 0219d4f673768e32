package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.Node;

/**
 * A heading and what follows it up to the next heading of the same or a higher level. The document itself is the
 * root section (level 0, no heading).
 */
final class Section {

    final String heading;
    final int level;
    final int line;
    /** Set while the tree is built; {@link SectionTree} may still revise it once it has seen the whole document. */
    SectionKind kind;
    final Section parent;
    final List<Node> blocks = new ArrayList<>();
    final List<Section> children = new ArrayList<>();
    /** {@link ItemWalker#itemTitle} of the heading once asked: the walk and the group it opens both ask. */
    private Optional<String> itemTitle;

    Section(String heading, int level, int line, SectionKind kind, Section parent) {
        this.heading = heading;
        this.level = level;
        this.line = line;
        this.kind = kind;
        this.parent = parent;
    }

    Optional<String> itemTitle() {
        if (itemTitle == null) {
            itemTitle = ItemWalker.itemTitle(heading);
        }
        return itemTitle;
    }

    /** This section and all below it, depth first. */
    List<Section> flatten() {
        List<Section> all = new ArrayList<>();
        all.add(this);
        for (Section child : children) {
            all.addAll(child.flatten());
        }
        return all;
    }

    @Override
    public String toString() {
        return "#".repeat(level) + " " + heading + " [" + kind + "]";
    }
}
