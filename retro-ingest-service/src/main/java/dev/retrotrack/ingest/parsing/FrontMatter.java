package dev.retrotrack.ingest.parsing;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Optional YAML front matter ({@code ---} … {@code ---} at the very start). It is blanked out of the Markdown line
 * for line, so line numbers in warnings stay those of the document.
 */
final class FrontMatter {

    private static final int MAX_LENGTH = 16 * 1024;
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private FrontMatter() {
    }

    /** The document split into its front matter (possibly empty) and a body of the same line count. */
    record Split(Map<String, Object> values, String body) {
    }

    static Split split(String text, Warnings warnings) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return new Split(Map.of(), text);
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0 || end > MAX_LENGTH) {
            if (end > MAX_LENGTH) {
                warnings.add(1, "front matter longer than 16 KiB ignored");
            }
            return new Split(Map.of(), text);
        }
        int close = text.indexOf('\n', end + 4);
        int bodyStart = close < 0 ? text.length() : close + 1;
        String yaml = text.substring(text.indexOf('\n') + 1, end + 1);
        String blanked = "\n".repeat((int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count());
        Map<String, Object> values;
        try {
            values = YAML.readValue(yaml, new TypeReference<Map<String, Object>>() { });
        } catch (JacksonException e) {
            warnings.add(1 + (e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr())),
                    "front matter is not valid YAML and was ignored: " + e.getOriginalMessage());
            values = Map.of();
        }
        return new Split(values == null ? Map.of() : values, blanked + text.substring(bodyStart));
    }
}
