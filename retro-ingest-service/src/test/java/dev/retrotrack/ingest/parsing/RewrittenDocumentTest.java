package dev.retrotrack.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.retrotrack.events.EventCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a retro is written, not what it says: every shape document and real sample, rewritten in ways that keep its
 * meaning (prose re-wrapped, headings in another case, one level deeper or numbered, an emoji before each bold field
 * key, Windows line endings), parses
 * to the same retro. Compared: every field, text in lower case (a heading written in capitals titles its item in
 * capitals); not compared: the original text of items and the warnings' line numbers, which follow the writing.
 * benchmarks/parser-accuracy/variants runs the same rewritings over the accuracy sets against their expectations.
 */
class RewrittenDocumentTest {

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})(\\s+)(.*)$");
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*([-*+>|#]|\\d+[.)]\\s|```|~~~|<)");
    /** "**Facilitator:** Bob", "Date: 2026-11-13", "Søren: Agreed.": one line by meaning, never re-wrapped. */
    private static final Pattern FIELD_LINE = Pattern.compile(
            "^\\s*(\\*\\*|__|\\*|_)?[\\p{L}][^:*_|]{0,60}?(\\*\\*|__|\\*|_)?\\s*:(\\*\\*|__)?(\\s|$)");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s*(=+|-+)\\s*$");
    /** A word of ASCII letters: case changes only touch what a writer types, not the letters of a wrong decode. */
    private static final Pattern ASCII_WORD = Pattern.compile("(?<![\\w-])[A-Za-z]+(?![\\w-])");

    static Stream<Arguments> rewritings() throws IOException, URISyntaxException {
        Map<String, UnaryOperator<String>> rewritings = new LinkedHashMap<>();
        rewritings.put("prose re-wrapped", RewrittenDocumentTest::reflow);
        rewritings.put("headings in lower case", text -> headings(text, (level, title) -> heading(level,
                recase(title, false))));
        rewritings.put("headings in upper case", text -> headings(text, (level, title) -> heading(level,
                recase(title, true))));
        rewritings.put("headings one level deeper", RewrittenDocumentTest::deeper);
        rewritings.put("second-level headings numbered", RewrittenDocumentTest::numbered);
        rewritings.put("bold field keys marked with an emoji", RewrittenDocumentTest::fieldKeysMarked);
        rewritings.put("Windows line endings", text -> text.replace("\n", "\r\n"));
        List<Arguments> cases = new ArrayList<>();
        for (String folder : List.of("shapes", "samples")) {
            Path dir = Path.of(RewrittenDocumentTest.class.getResource("/parsing/" + folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    rewritings.forEach((name, rewriting) ->
                            cases.add(Arguments.of(folder + "/" + file.getFileName(), name, rewriting)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("rewritings")
    void parsesTheSameRetroWhenOnlyTheWritingChanges(String document, String rewritingName,
            UnaryOperator<String> rewriting) throws IOException {
        String text = read(document);
        String rewritten = rewriting.apply(text);

        assertThat(meaning(rewritten)).as("%s, %s", document, rewritingName).isEqualTo(meaning(text));
    }

    /** The parse as plain maps and lists, strings in lower case, without original texts and warnings. */
    private static Object meaning(String document) {
        String json = EventCodec.mapper().writeValueAsString(RetroMarkdownParser.parse(document));
        Map<?, ?> retro = EventCodec.mapper().readValue(json, Map.class);
        retro.remove("warnings");
        return normalized(retro);
    }

    private static Object normalized(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((key, field) -> {
                if (!"originalText".equals(key)) {
                    out.put(key, normalized(field));
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RewrittenDocumentTest::normalized).toList();
        }
        return value instanceof String s ? s.toLowerCase(Locale.ROOT) : value;
    }

    /** A heading's new line, from its level and title. */
    private interface HeadingChange {
        String apply(int level, String title);
    }

    private static String heading(int level, String title) {
        return "#".repeat(level) + " " + title;
    }

    /** Applies the change to every heading outside fenced code; the rest stays as written. */
    private static String headings(String text, HeadingChange change) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
            } else if (!fenced && heading.matches()) {
                line = change.apply(heading.group(1).length(), heading.group(3));
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String recase(String title, boolean upper) {
        return ASCII_WORD.matcher(title).replaceAll(word -> {
            String w = word.group();
            // An acronym, a code or a unit ("°C") stays as written.
            return w.equals(w.toUpperCase(Locale.ROOT)) ? w
                    : upper ? w.toUpperCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT);
        });
    }

    /** "**Owner:** Dana" opening a line, after any list marker or checkbox: a bold key ending in a colon. */
    private static final Pattern FIELD_KEY = Pattern.compile(
            "^(\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?(?:\\[[ xX]\\]\\s+)?)(\\*\\*[^*\\n]{1,40}?:\\*\\*|\\*\\*[^*\\n]{1,40}?\\*\\*:)");
    /** Letters a wrong decode leaves: a damaged document keeps its text as it arrived, emoji would be the only clean text. */
    private static final Pattern DAMAGE = Pattern.compile("Ã|Â|â€|ðŸ|√|‚Ä");

    /** "- 📌 **Owner:** Dana", "🟠 **Priority:** High": a symbol marking each bold field key that opens a line. */
    private static String fieldKeysMarked(String text) {
        if (DAMAGE.matcher(text).find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            fenced ^= FENCE.matcher(line).find();
            Matcher key = fenced ? null : FIELD_KEY.matcher(line);
            out.append(key != null && key.lookingAt() ? key.group(1) + "📌 " + line.substring(key.end(1)) : line)
                    .append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String deeper(String text) {
        return headings(text, (level, title) -> heading(level == 1 || level == 6 ? level : level + 1, title));
    }

    private static String numbered(String text) {
        int[] n = {0};
        return headings(text, (level, title) -> heading(level,
                level != 2 || title.matches("^\\d+[.)]?\\s.*") ? title : ++n[0] + ". " + title));
    }

    /** Plain prose paragraphs re-wrapped at 48 columns; lists, tables, fields, dialogue and code stay. */
    private static String reflow(String text) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        int i = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            // YAML front matter stays as written.
            int end = 1;
            while (end < lines.length && !lines[end].strip().equals("---")) {
                end++;
            }
            for (; i <= end && i < lines.length; i++) {
                out.add(lines[i]);
            }
        }
        while (i < lines.length) {
            String line = lines[i];
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
            }
            if (fenced || !isProse(line)) {
                out.add(line);
                i++;
                continue;
            }
            int end = i;
            while (end < lines.length && isProse(lines[end])) {
                end++;
            }
            List<String> paragraph = List.of(lines).subList(i, end);
            boolean keep = paragraph.stream().anyMatch(l -> FIELD_LINE.matcher(l).find() || l.endsWith("  ")
                    || l.endsWith("\\")) || end < lines.length && SETEXT_UNDERLINE.matcher(lines[end]).matches()
                    || statementsOnLines(paragraph);
            out.addAll(keep ? paragraph : wrapped(String.join(" ", paragraph.stream().map(String::strip).toList())));
            i = end;
        }
        return String.join("\n", out);
    }

    /**
     * "Facilitated by Bob⏎Held on 2 April 2026": a line break with no punctuation before it and a capital after it
     * separates two statements, which joined would read as one.
     */
    private static boolean statementsOnLines(List<String> paragraph) {
        for (int i = 0; i + 1 < paragraph.size(); i++) {
            String line = paragraph.get(i).strip();
            String next = paragraph.get(i + 1).strip();
            boolean open = !line.isEmpty() && Character.isLetterOrDigit(line.charAt(line.length() - 1));
            if (open && !next.isEmpty() && Character.isUpperCase(next.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProse(String line) {
        return !line.isBlank() && !BLOCK_START.matcher(line).find() && !line.startsWith("    ")
                && !line.startsWith("\t");
    }

    private static List<String> wrapped(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            // A line never starts with what would open a list, heading, quote or table.
            boolean opensBlock = BLOCK_START.matcher(word + " ").find();
            if (!line.isEmpty() && line.length() + 1 + word.length() > 48 && !opensBlock) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String read(String path) throws IOException {
        try (InputStream in = RewrittenDocumentTest.class.getResourceAsStream("/parsing/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
