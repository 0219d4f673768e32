package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** A {@code key: value} pair: {@code **Owner:** Charlie} on its own line, or {@code (Owner: Charlie, By: x)}. */
record Field(String key, String value) {

    private static final Pattern INLINE_GROUP = Pattern.compile("\\(([^()]*:[^()]*)\\)\\s*$");
    private static final Pattern INLINE_PAIR = Pattern.compile("^\\s*([\\p{L}][\\p{L} ./-]{0,30}?)\\s*:\\s*(.+?)\\s*$");

    /** The field a line starts with when its first inline is bold (or italic) text ending in a colon. */
    static Optional<Field> leading(List<Node> line) {
        List<Node> nodes = line.stream().filter(n -> !(n instanceof Text t) || !t.getLiteral().isBlank()).toList();
        if (nodes.isEmpty() || !(nodes.getFirst() instanceof StrongEmphasis || nodes.getFirst() instanceof Emphasis)) {
            return Optional.empty();
        }
        String key = Markdown.text(nodes.getFirst());
        String rest = Markdown.text(nodes.subList(1, nodes.size()));
        if (key.endsWith(":")) {
            return Optional.of(new Field(key.substring(0, key.length() - 1).strip(), rest));
        }
        if (rest.startsWith(":")) {
            return Optional.of(new Field(key, rest.substring(1).strip()));
        }
        return Optional.empty();
    }

    /**
     * Fields in a trailing parenthesis, e.g. {@code Add lint gate (Owner: Charlie, By: next sprint)}.
     *
     * @return the fields and the text before the parenthesis; no fields when there is none
     */
    static Inline trailing(String text) {
        Matcher group = INLINE_GROUP.matcher(text);
        if (!group.find()) {
            return new Inline(text.strip(), List.of());
        }
        List<Field> fields = new ArrayList<>();
        for (String part : group.group(1).split("[,;]")) {
            Matcher pair = INLINE_PAIR.matcher(part);
            if (pair.matches()) {
                fields.add(new Field(pair.group(1).strip(), pair.group(2).strip()));
            }
        }
        return fields.isEmpty() ? new Inline(text.strip(), List.of())
                : new Inline(text.substring(0, group.start()).strip(), List.copyOf(fields));
    }

    /** Text with trailing inline fields taken off. */
    record Inline(String text, List<Field> fields) {
    }
}
