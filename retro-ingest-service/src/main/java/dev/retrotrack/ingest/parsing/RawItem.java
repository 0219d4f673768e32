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
 * @param blockSays    which of debt or actions the table it came from says it holds (by its title column, the label
 *                     above it or its columns), or null
 */
record RawItem(String title, Map<Role, String> fields, Group group, String originalText, int line,
        SectionKind blockSays) {

    RawItem(String title, Map<Role, String> fields, Group group, String originalText, int line) {
        this(title, fields, group, originalText, line, null);
    }

    String field(Role role) {
        return fields.get(role);
    }

    /**
     * Which of debt or actions the item is by what it says itself, for a section that holds both ("## Technical Debt
     * &amp; Actions"): what its table says ({@link #blockSays}), else the label it sits under ("**Debt register:**"),
     * else a debt id as its own title ("TD-4: …"), else its fields ({@link #kindOfFields}). Null when nothing says,
     * and the kind the heading names first decides.
     */
    SectionKind kindItSays() {
        if (blockSays != null) {
            return blockSays;
        }
        if (group.kind() != null) {
            return group.kind();
        }
        if (ItemWalker.debtIdOf(originalText).isPresent()) {
            return SectionKind.DEBT;
        }
        return kindOfFields(fields.keySet());
    }

    /**
     * A deadline or criteria are an action's; a location, an issue or a recommended fix a debt entry's. An owner says
     * neither: debt registers name who watches each entry.
     */
    static SectionKind kindOfFields(java.util.Collection<Role> roles) {
        if (roles.contains(Role.DEADLINE) || roles.contains(Role.CRITERIA)) {
            return SectionKind.ACTIONS;
        }
        boolean debt = roles.contains(Role.LOCATION) || roles.contains(Role.ISSUE)
                || roles.contains(Role.RECOMMENDATION);
        return debt ? SectionKind.DEBT : null;
    }

    /**
     * The grouping headings and labels an item sits under.
     *
     * @param kind which of debt or actions a label above the item names on its own ("**Debt register:**"), or null
     */
    record Group(String category, dev.retrotrack.events.Priority priority, SectionKind kind) {

        static final Group NONE = new Group(null, null, null);

        /** The group a heading or bold label opens inside this one: it may name a priority, a category or both. */
        Group within(String label) {
            return within(label, ItemWalker.itemTitle(label));
        }

        /** @param itemTitle {@link ItemWalker#itemTitle} of the label, when the caller has it already */
        Group within(String label, java.util.Optional<String> itemTitle) {
            return within(label, itemTitle, false);
        }

        /**
         * The group a sub-heading of an action section opens: there a label naming debt is a category ("### Debt
         * paydown" under "## Action Items" groups the actions that pay debt down), while "## Technical Debt" opening a
         * section names the section, not a category of its items.
         */
        Group withinActions(String label, java.util.Optional<String> itemTitle) {
            return within(label, itemTitle, true);
        }

        private Group within(String label, java.util.Optional<String> itemTitle, boolean debtNamesCategory) {
            dev.retrotrack.events.Priority labelled = Priorities.parse(label);
            String labelCategory = categoryOf(label, itemTitle, debtNamesCategory);
            SectionKind named = itemTitle.isPresent() ? null : SectionKind.itemKindNamed(label);
            return new Group(labelCategory == null ? category : labelCategory,
                    labelled == null ? priority : labelled, named == null ? kind : named);
        }

        private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
        /** "8.2 " or "3 " in front of a label. */
        private static final java.util.regex.Pattern LEADING_NUMBERING =
                java.util.regex.Pattern.compile("^[0-9]+(?:[ .][0-9]+)*\\s*");

        private static final java.util.Set<String> PRIORITY_WORDS = java.util.Set.of("critical", "high", "medium",
                "low", "urgent", "immediate");

        /**
         * Words of a grouping label that name the grouping itself, not a category. "Tasks" is not one of them: like
         * "Improvements" it says what kind of actions follow ("Quick tasks", "Technical Tasks"); alone it names
         * nothing.
         */
        private static final java.util.Set<String> GROUP_WORDS = java.util.Set.of("priority", "priorities", "item",
                "items", "action", "actions", "p0", "p1", "p2", "p3");
        private static final java.util.Set<String> TASK_WORDS = java.util.Set.of("task", "tasks");

        /** "🔴 Security (Immediate) - ✅ ALL RESOLVED" → "Security"; labels that only name a priority → null. */
        private static String categoryOf(String label, java.util.Optional<String> itemTitle,
                boolean debtNamesCategory) {
            // Most labels of a debt register are item headings ("TD-7: …"): testing that first spares classifying them.
            if (itemTitle.isPresent()) {
                return null;
            }
            SectionKind kind = SectionKind.classify(label);
            if (kind != SectionKind.OTHER && !(debtNamesCategory && kind == SectionKind.DEBT)) {
                return null;
            }
            StringBuilder kept = new StringBuilder();
            int depth = 0;
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth = Math.max(0, depth - 1);
                } else if (depth == 0) {
                    boolean dashTail = (c == '-' || c == '–' || c == '—') && i > 0 && label.charAt(i - 1) == ' '
                            && i + 1 < label.length() && label.charAt(i + 1) == ' ';
                    if (dashTail) {
                        break;
                    }
                    kept.append(Character.isLetterOrDigit(c) || c == '&' || c == '/' || c == '\'' || c == '-'
                            ? c : ' ');
                }
            }
            StringBuilder cleanedWords = new StringBuilder();
            boolean naming = false; // a word other than a task, priority or number word: "High Priority Tasks" names none
            for (String word : WHITESPACE.split(kept.toString().trim())) {
                String lowerWord = word.toLowerCase(java.util.Locale.ROOT);
                if (!word.isEmpty()) {
                    // "Technical Debt Actions" keeps its last word: a label that names a category is kept as written.
                    cleanedWords.append(cleanedWords.isEmpty() ? "" : " ").append(word);
                    naming |= !GROUP_WORDS.contains(lowerWord) && !TASK_WORDS.contains(lowerWord)
                            && !PRIORITY_WORDS.contains(lowerWord) && !lowerWord.chars().allMatch(Character::isDigit);
                }
            }
            boolean numbered = !cleanedWords.isEmpty() && cleanedWords.charAt(0) >= '0' && cleanedWords.charAt(0) <= '9';
            String cleaned = numbered ? LEADING_NUMBERING.matcher(cleanedWords).replaceFirst("")
                    : cleanedWords.toString();
            String lower = cleaned.toLowerCase(java.util.Locale.ROOT);
            boolean onlyPriority = !naming || lower.isEmpty() || lower.chars().allMatch(Character::isDigit)
                    || PRIORITY_WORDS.contains(lower);
            boolean notACategory = lower.startsWith("for ") || lower.startsWith("from ") || lower.contains("epic")
                    || lower.contains("sprint") || lower.contains("retro");
            return onlyPriority || notACategory ? null : cleaned;
        }
    }
}
