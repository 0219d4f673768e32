package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** commonmark-java with GFM tables and block source spans, plus the small tree helpers the extractors share. */
final class Markdown {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private static final java.util.regex.Pattern BREAK_TAG = java.util.regex.Pattern.compile("(?i)<br\\s*/?>");

    private Markdown() {
    }

    static Node parse(String text) {
        return PARSER.parse(text);
    }

    /**
     * 1-based line where the node (or its nearest block ancestor) starts. Front matter is blanked out line for line
     * before parsing, so these are the document's own line numbers.
     */
    static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans != null && !spans.isEmpty()) {
                return spans.getFirst().getLineIndex() + 1;
            }
        }
        return 1;
    }

    /** The plain text of a node's inline content: emphasis markers dropped, code and link texts kept. */
    static String text(Node node) {
        Node only = node.getFirstChild();
        if (only instanceof Text text && only.getNext() == null) {
            // The common case (a bold key, a heading, a cell of plain text): the literal itself, uncopied when clean.
            return collapseSpaces(text.getLiteral());
        }
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return collapseSpaces(out);
    }

    /** Runs of spaces, tabs and no-break spaces become one space; ends trimmed. Hot path: no regex. */
    static String collapseSpaces(CharSequence chars) {
        String text = chars.toString();
        if (!hasSpaceToCollapse(text)) {
            // Then collapsing would only drop a space at either end, which strip drops as well. The common case
            // (a field value after its key keeps the space before it), and uncopied when there is nothing to strip.
            return text.strip();
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * A tab, a no-break space or two spaces in a row: what only the full collapsing loop handles. String.indexOf is
     * a JIT intrinsic; three of them cost less than one charAt loop (it was 5% of the whole parse).
     */
    private static boolean hasSpaceToCollapse(String text) {
        return text.indexOf('\t') >= 0 || text.indexOf('\u00A0') >= 0 || text.contains("  ");
    }

    /**
     * The text of a block as sentences are read: a line per paragraph, list entry or quoted paragraph, a sentence
     * wrapped over several source lines joined into one ("We added\n112 automated tests"). Hard breaks still end a
     * line; runs of spaces, tabs and no-break spaces are one space, as in {@link #text}.
     */
    static String prose(Node block) {
        StringBuilder out = new StringBuilder();
        appendProse(block, out);
        return out.toString();
    }

    private static void appendProse(Node block, StringBuilder out) {
        if (block instanceof Paragraph) {
            StringBuilder line = new StringBuilder();
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof SoftLineBreak) {
                    line.append(' ');
                } else {
                    appendNode(child, line);
                }
            }
            // A hard break still ends a line; each line's runs of spaces, tabs and no-break spaces become one space.
            for (String part : line.toString().split("\n", -1)) {
                out.append(collapseSpaces(part)).append('\n');
            }
        } else {
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                appendProse(child, out);
            }
        }
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendNode(child, out);
        }
    }

    private static void appendNode(Node node, StringBuilder out) {
        switch (node) {
            case Text text -> out.append(text.getLiteral());
            case Code code -> out.append(code.getLiteral());
            case SoftLineBreak ignored -> out.append('\n');
            case HardLineBreak ignored -> out.append('\n');
            case HtmlInline html -> out.append(BREAK_TAG.matcher(html.getLiteral()).matches() ? "\n" : "");
            default -> appendText(node, out);
        }
    }

    /**
     * Every paragraph in a block, nested lists and quotes included, in document order. Walked without recursion: a
     * document may nest thousands of quotes or lists deep.
     */
    static List<Paragraph> paragraphs(Node block) {
        List<Paragraph> paragraphs = new ArrayList<>();
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
        pending.push(block);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Paragraph paragraph) {
                paragraphs.add(paragraph);
            } else {
                // Pushed last child first, so the first child is taken next: document order.
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            }
        }
        return paragraphs;
    }

    /**
     * The paragraphs a block leads with: a paragraph itself, the paragraphs of a quote (quotes inside it too), or the
     * first paragraph of each entry of a list (not of lists nested deeper). Walked without recursion, as quotes may
     * nest thousands deep.
     */
    static List<Node> leadParagraphs(Node block) {
        List<Node> paragraphs = new ArrayList<>();
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
        pending.push(block);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Paragraph) {
                paragraphs.add(node);
            } else if (node instanceof BlockQuote) {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            } else if (node instanceof ListBlock) {
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    if (item.getFirstChild() instanceof Paragraph paragraph) {
                        paragraphs.add(paragraph);
                    }
                }
            }
        }
        return paragraphs;
    }

    /** The inline runs of a block split at line breaks: what each source line of a paragraph holds. */
    static List<List<Node>> inlineLines(Node block) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                lines.add(current);
                current = new ArrayList<>();
            } else {
                current.add(child);
            }
        }
        lines.add(current);
        return lines;
    }

    /**
     * Whether {@code text(inlines)} starts with {@code wanted} (not a space), decided from the leading nodes alone:
     * rendering only changes and trims runs of spaces, so the first character that is none decides.
     */
    static boolean textStartsWith(List<Node> inlines, char wanted) {
        StringBuilder out = new StringBuilder();
        for (Node node : inlines) {
            appendNode(node, out);
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c != ' ' && c != '\t' && c != '\u00A0' && !Character.isWhitespace(c)) {
                    return c == wanted;
                }
            }
            out.setLength(0);
        }
        return false;
    }

    /** Plain text of a run of inline nodes. */
    static String text(List<Node> inlines) {
        if (inlines.size() == 1 && inlines.getFirst() instanceof Text text) {
            return collapseSpaces(text.getLiteral());
        }
        StringBuilder out = new StringBuilder();
        for (Node node : inlines) {
            appendNode(node, out);
        }
        return collapseSpaces(out);
    }
}
