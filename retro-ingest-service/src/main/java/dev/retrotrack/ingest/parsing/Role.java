package dev.retrotrack.ingest.parsing;

import java.util.List;
import java.util.Map;

/** What a table column or a field holds, whatever its header says ("Owner", "Who", "Assignee" …). */
enum Role {
    NUMBER, TITLE, STORY, OWNER, DEADLINE, CRITERIA, CATEGORY, PRIORITY, STATUS, DEBT_ID, EVIDENCE, POINTS,
    LOCATION, EFFORT, DESCRIPTION, ISSUE, RECOMMENDATION;

    private static final Map<Role, List<String>> NAMES = Map.ofEntries(
            Map.entry(NUMBER, List.of("#", "no", "no.", "nr", "n")),
            Map.entry(TITLE, List.of("action item", "action items", "action", "actions", "item", "items", "task",
                    "tasks", "title", "what", "improvement", "commitment", "debt item", "debt", "technical debt",
                    "name", "previous action", "previous action item", "follow-up", "todo")),
            Map.entry(STORY, List.of("story", "stories", "story id", "key", "id")),
            Map.entry(OWNER, List.of("owner", "owners", "owner(s)", "who", "assignee", "assigned to", "responsible",
                    "lead")),
            Map.entry(DEADLINE, List.of("deadline", "target", "due", "due date", "by", "when", "timeline",
                    "timeframe", "target date", "by when", "eta")),
            Map.entry(CRITERIA, List.of("acceptance criteria", "success criteria", "criteria", "acceptance",
                    "definition of done",
                    "done when", "success metric", "measure")),
            Map.entry(CATEGORY, List.of("category", "type", "area", "theme", "kind")),
            Map.entry(PRIORITY, List.of("priority", "severity", "sev", "prio")),
            Map.entry(STATUS, List.of("status", "state", "current status", "result", "done?")),
            Map.entry(DEBT_ID, List.of("debt id", "td", "td id", "debt ref", "ref", "debt reference", "jira")),
            Map.entry(EVIDENCE, List.of("evidence", "notes", "note", "outcome", "comment", "comments", "details",
                    "key achievement", "resolution")),
            Map.entry(POINTS, List.of("points", "story points", "sp", "pts", "estimate (sp)")),
            Map.entry(LOCATION, List.of("location", "file", "files", "where", "component")),
            Map.entry(EFFORT, List.of("effort", "estimated effort", "est", "est.", "estimate", "size")),
            Map.entry(DESCRIPTION, List.of("description", "summary")),
            Map.entry(ISSUE, List.of("issue", "problem", "impact")),
            Map.entry(RECOMMENDATION, List.of("recommendation", "fix", "proposed fix", "mitigation")));

    /** {@link #NAMES} inverted; no name belongs to two roles. */
    private static final Map<String, Role> BY_NAME = NAMES.entrySet().stream()
            .flatMap(entry -> entry.getValue().stream().map(name -> Map.entry(name, entry.getKey())))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** The role a key names exactly ("Owner", "Success Criteria"), or {@code null}. */
    static Role named(String key) {
        return BY_NAME.get(normalize(key));
    }

    private static String normalize(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '*' && c != '_' && c != '`') {
                out.append(Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c));
            }
        }
        return Markdown.collapseSpaces(out);
    }

    /** The role of a table header or bold field key, also when it has extra words; {@code null} if none. */
    static Role of(String header) {
        String h = normalize(header);
        Role exact = BY_NAME.get(h);
        if (exact != null) {
            return exact;
        }
        // Headers with extra words: "Epic 2 Action Item", "Owner (team)", "Current status".
        if (h.contains("criteria")) {
            return CRITERIA;
        }
        if (h.contains("owner") || h.contains("assignee")) {
            return OWNER;
        }
        if (h.contains("status")) {
            return STATUS;
        }
        if (h.contains("priority")) {
            return PRIORITY;
        }
        if (h.contains("deadline") || h.contains("due")) {
            return DEADLINE;
        }
        if (h.contains("action") || h.contains("item") || h.startsWith("commitment") || h.startsWith("improvement")) {
            return TITLE;
        }
        return null;
    }
}
