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

    private static final Pattern INLINE_PAIR = Pattern.compile("^\\s*([\\p{L}][\\p{L} ./-]{0,30}?)\\s*:\\s*(.+?)\\s*$");

    /** The field a line starts with when its first inline is bold (or italic) text ending in a colon. */
    static Optional<Field> leading(List<Node> line) {
        // Hot path (called for every line of every paragraph): decide from the first non-blank inline before
        // rendering any text.
        int first = 0;
        // "🟠 **Priority:** High": a symbol marking the line is no part of it, as blank text is not.
        while (first < line.size() && line.get(first) instanceof Text t
                && (t.getLiteral().isBlank() || onlySymbols(t.getLiteral()))) {
            first++;
        }
        if (first == line.size() || !(line.get(first) instanceof StrongEmphasis || line.get(first) instanceof Emphasis)) {
            return Optional.empty();
        }
        String key = Markdown.text(line.get(first));
        List<Node> after = line.subList(first + 1, line.size());
        if (key.endsWith(":")) {
            return Optional.of(new Field(key.substring(0, key.length() - 1).strip(), Markdown.text(after)));
        }
        // Bold text without a colon ("**Title**", "**Note** that …") is no field: tell from the first visible
        // character after it instead of rendering the rest of the line.
        if (Markdown.textStartsWith(after, ':')) {
            return Optional.of(new Field(key, Markdown.text(after).substring(1).strip()));
        }
        return Optional.empty();
    }

    /**
     * Fields in a trailing parenthesis, e.g. {@code Add lint gate (Owner: Charlie, By: next sprint)}.
     *
     * @return the fields and the text before the parenthesis; no fields when there is none
     */
    static Inline trailing(String text) {
        return trailing(text, List.of());
    }

    /**
     * As {@link #trailing(String)}, where a part without a key that is one of the entry's code spans says where the
     * item is: "Readings stored out of order (`ingest/uplink.py`, Est: 2 days)".
     *
     * @param code the text of the entry's code spans
     */
    static Inline trailing(String text, List<String> code) {
        String body = text.strip();
        int open = openingOfTrailingGroup(body);
        if (open < 0 || body.indexOf(':', open) < 0) {
            return new Inline(body, List.of());
        }
        List<Field> fields = new ArrayList<>();
        for (String part : splitTopLevel(body.substring(open + 1, body.length() - 1))) {
            Matcher pair = INLINE_PAIR.matcher(part);
            if (pair.matches()) {
                fields.add(new Field(pair.group(1).strip(), pair.group(2).strip()));
            } else if (code.contains(part.strip())) {
                fields.add(new Field("Location", part.strip()));
            } else if (isPriorityCode(part.strip())) {
                // "(Owner: @charlie, By: Fri 14 Nov, P0)": a bare P-level among the fields is the priority.
                fields.add(new Field("Priority", part.strip()));
            }
        }
        return fields.isEmpty() ? new Inline(body, List.of())
                : new Inline(body.substring(0, open).strip(), List.copyOf(fields));
    }

    /** A keycap emoji ("1️⃣") or an ASCII arrow ("->", "=>"): symbols that open with ASCII characters. */
    private static final Pattern ASCII_OPENED_SYMBOL = Pattern.compile("[0-9#*]\\x{FE0F}?\\x{20E3}|-{1,2}>|=>");

    /**
     * Emoji, arrows and spaces only ("🟠 ", "➡️ ", "1️⃣ ", "-> "), as written before a bold key or label that they
     * mark. Most such text starts past ASCII; only a digit, '#', '*', '-' or '=' may open one otherwise.
     */
    static boolean onlySymbols(String literal) {
        String text = literal.strip();
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        if (c <= 0x7F) {
            if ("0123456789#*-=".indexOf(c) < 0) {
                return false;
            }
            text = ASCII_OPENED_SYMBOL.matcher(text).replaceAll("").strip();
            if (text.isEmpty()) {
                return true;
            }
        }
        return text.charAt(0) > 0x7F && Symbols.trailingStart(text) == 0;
    }

    /** "P0" … "P4". */
    private static boolean isPriorityCode(String part) {
        return part.length() == 2 && (part.charAt(0) == 'P' || part.charAt(0) == 'p')
                && part.charAt(1) >= '0' && part.charAt(1) <= '4';
    }

    /** Index of the '(' that the final ')' closes, or -1. */
    private static int openingOfTrailingGroup(String text) {
        if (!text.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Splits at commas and semicolons outside parentheses. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && (c == ',' || c == ';')) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Text with trailing inline fields taken off. */
    record Inline(String text, List<Field> fields) {
    }
}
