package dev.retrotrack.ingest.parsing;

import java.util.Map;

/**
 * An item as found in the document, before it is read as an action, a debt entry or a follow-through row.
 *
 * @param title        its title, markup removed
 * @param fields       what the document says about it, by role (owner, status, …)
 * @param group        the grouping it sits under (a priority or category heading or label)
 * @param originalText the source text it came from, for people to check
 * @param line         1-based source line
 */
record RawItem(String title, Map<Role, String> fields, Group group, String originalText, int line) {

    String field(Role role) {
        return fields.get(role);
    }

    /** The grouping headings and labels an item sits under. */
    record Group(String category, dev.retrotrack.events.Priority priority) {

        static final Group NONE = new Group(null, null);

        /** The group a heading or bold label opens inside this one: it may name a priority, a category or both. */
        Group within(String label) {
            dev.retrotrack.events.Priority labelled = Priorities.parse(label);
            String labelCategory = categoryOf(label);
            return new Group(labelCategory == null ? category : labelCategory,
                    labelled == null ? priority : labelled);
        }

        private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^)]*\\)");
        private static final java.util.regex.Pattern DASH_TAIL = java.util.regex.Pattern.compile("\\s[-–—]\\s.*$");
        private static final java.util.regex.Pattern SYMBOLS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}&/ '-]+");
        private static final java.util.regex.Pattern ONLY_PRIORITY = java.util.regex.Pattern.compile(
                "(critical|high|medium|low|urgent|immediate|\\d+)?");
        private static final java.util.regex.Pattern GROUP_WORDS = java.util.regex.Pattern.compile(
                "(?i)\\b(priority|priorities|items?|actions?|action items|tasks?|p[0-3])\\b");

        private static String categoryOf(String label) {
            String cleaned = PARENTHESES.matcher(label).replaceAll(" ");
            cleaned = DASH_TAIL.matcher(cleaned).replaceAll(" ");
            cleaned = SYMBOLS.matcher(cleaned).replaceAll(" ");
            cleaned = Markdown.collapseSpaces(GROUP_WORDS.matcher(cleaned).replaceAll(" "));
            String lower = cleaned.toLowerCase(java.util.Locale.ROOT);
            boolean onlyPriority = ONLY_PRIORITY.matcher(lower).matches();
            boolean notACategory = lower.startsWith("for ") || lower.startsWith("from ") || lower.contains("epic")
                    || lower.contains("sprint") || lower.contains("retro");
            return onlyPriority || notACategory ? null : cleaned;
        }
    }
}
