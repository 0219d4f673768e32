package dev.retrotrack.ingest.parsing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retrotrack.events.Retro;

/**
 * What the retro says about itself: epic, date, facilitator, participants and the next epic, from YAML front
 * matter, {@code **Key:** value} lines and the title heading, in that order of trust.
 */
final class HeaderReader {

    /** "Epic 6 Retrospective: Title", "Epic DM-09 Retrospective: Title", "Sprint 12 Retro – Title". */
    private static final Pattern EPIC_REF = Pattern.compile(
            "(?i)\\b(?:epic|sprint)\\s+([A-Za-z]{0,6}-?\\d{1,9}(?:[.-]\\d{1,9}){0,6}[a-z]?)\\b\\s*"
                    + "(?:retrospective|retro)?\\s*(?:[:\\-–—·•|]\\s*(.+))?$");
    /** "DM-10 (Documentation & Developer Experience)", "Epic 7: Title". */
    private static final Pattern NEXT_REF = Pattern.compile(
            "(?i)^(?:epic\\s+)?([A-Za-z]{0,6}-?\\d{1,9}(?:[.-]\\d{1,9}){0,6}[a-z]?)\\s*(?:\\((.+)\\)|[:\\-–—]\\s*(.+)"
                    + "|[\"“](.+)[\"”])?$");
    private static final Pattern EPIC_IN_TEXT = Pattern.compile("(?i)\\bepic\\s+([A-Za-z]{0,6}-?\\d{1,9}(?:[.-]\\d{1,9}){0,6})\\b");
    /** A line of a next-epic section that starts by naming it: "Epic 13: Audit Trail — 5 stories …". */
    private static final Pattern NEXT_OPENING_LINE = Pattern.compile(
            "(?im)^epic\\s+([A-Za-z]{0,6}-?\\d{1,9}(?:[.-]\\d{1,9}){0,6})\\s*:\\s*([^\\n—–]+?)\\s*(?:[—–]|$)");
    /** "Retro held 2 April 2026", "The retrospective was held on 2026-04-02". */
    private static final Pattern HELD = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:retro(?:spective)?\\s+)?(?:was\\s+)?held\\s+(?:on\\s+)?(.+)$");
    /** Sentence boundaries in a line of prose: after a full stop followed by a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+");

    /** "Planned stories (5):". */
    private static final Pattern COUNTED_STORIES = Pattern.compile("(?i)\\bstories\\s*\\((\\d{1,9})\\)");
    private static final Pattern PLANNED_STORIES = Pattern.compile(
            "(?i)\\b(" + Numbers.DIGITS_OR_WORD + ") (?:planned |new )?stories\\b");
    /** "LED-5 Retrospective — Ledger Sync Engine": an epic key without the word epic. */
    private static final Pattern KEY_RETRO = Pattern.compile(
            "^([A-Z][A-Z0-9]{0,9}-\\d{1,9}(?:\\.\\d{1,9})?)\\s+retro(?:spective)?\\b\\s*(?:[:\\-–—·|]\\s*(.+))?$",
            Pattern.CASE_INSENSITIVE);
    /** "Epic 7 (Scanner Offline Mode)". */
    private static final Pattern EPIC_PARENTHESIZED = Pattern.compile(
            "(?i)\\bepic\\s+([A-Za-z]{0,6}-?\\d{1,9}(?:[.-]\\d{1,9}){0,6})\\s*\\(([^()]+)\\)");
    /** "Facilitated by Bob (Scrum Master) with Alice (PO), Charlie and Dana". */
    private static final Pattern FACILITATED_BY = Pattern.compile(
            "(?i)^facilitated\\s+by\\s+(.+?)(?:\\s+with\\s+(.+))?$");

    // Compiled once: String.split and replaceAll with a regex compile it on every call.
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[,;]");
    private static final Pattern NAMES_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b)\\s*");
    private static final Pattern PERSON_END = Pattern.compile("\\s+[—–-]\\s+|,|:");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s:\\-–—·•|]+$");

    private String epicId;
    private String epicTitle;
    private LocalDate date;
    private LocalDate completed;
    private String facilitator;
    private List<String> participants = List.of();
    private String nextId;
    private String nextTitle;
    private Integer nextStories;
    private final Warnings warnings;

    HeaderReader(Warnings warnings) {
        this.warnings = warnings;
    }

    void frontMatter(Map<String, Object> yaml, int line) {
        yaml.forEach((key, value) -> {
            if (value != null && !(value instanceof Map) && !(value instanceof List)) {
                field(key, value.toString(), line);
            } else if (value instanceof List<?> list && key.toLowerCase(Locale.ROOT).startsWith("participant")) {
                participants = list.stream().map(Object::toString).map(ItemReader::owner).toList();
            }
        });
    }

    private static final java.util.Set<String> KEYS = java.util.Set.of("date", "retro date", "retrospective date",
            "held", "held on", "retro held", "when", "completed", "completion date", "retrospective completed", "completed on",
            "date completed", "finished", "epic", "epic id", "sprint", "title", "epic title", "epic name",
            "facilitator", "facilitated by", "scrum master", "participants", "attendees", "team", "present", "who",
            "in the room",
            "next epic", "next", "next sprint");

    /** Whether a key names one of the header fields, for lines written without bold. */
    static boolean isHeaderKey(String key) {
        return KEYS.contains(key.toLowerCase(Locale.ROOT).strip());
    }

    /** @return whether the key was a header field */
    boolean field(String key, String value, int line) {
        String k = key.toLowerCase(Locale.ROOT).strip();
        switch (k) {
            case "date", "retro date", "retrospective date", "held", "held on", "retro held", "when" ->
                    date = first(date, date(value, line));
            case "completed", "completion date", "retrospective completed", "completed on", "date completed",
                 "finished" -> completed = first(completed, date(value, line));
            case "epic", "epic id", "sprint" -> epic(value);
            case "title", "epic title", "epic name" -> epicTitle = first(epicTitle, value);
            case "facilitator", "facilitated by", "scrum master" -> facilitator = first(facilitator,
                    ItemReader.owner(NAME_SEPARATOR.split(value)[0]));
            case "participants", "attendees", "team", "present", "who", "in the room" -> {
                if (participants.isEmpty()) {
                    participants = Arrays.stream(NAMES_SEPARATOR.split(value))
                            .map(ItemReader::owner).filter(name -> name != null && !name.isBlank()).toList();
                }
            }
            case "next epic", "next", "next sprint" -> nextEpic(value);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Header facts written as sentences at the top of a retro ("Retro held 2 April 2026. Facilitator: Bob (Scrum
     * Master). Present: Alice (PO), Charlie."): each sentence that is a {@code Key: value} pair of a header key, or
     * says when the retro was held.
     */
    void sentences(String line, int lineNo) {
        for (String sentence : SENTENCE_END.split(line.strip())) {
            String s = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1).strip() : sentence.strip();
            Matcher facilitated = FACILITATED_BY.matcher(s);
            if (facilitated.matches()) {
                field("facilitator", facilitated.group(1), lineNo);
                if (facilitated.group(2) != null) {
                    field("participants", facilitated.group(2), lineNo);
                }
                continue;
            }
            Matcher held = HELD.matcher(s);
            if (held.matches() && Dates.parse(held.group(1)) != null) {
                date = first(date, Dates.parse(held.group(1)));
                continue;
            }
            int colon = s.indexOf(':');
            if (colon > 0 && isHeaderKey(s.substring(0, colon))) {
                field(s.substring(0, colon), s.substring(colon + 1).strip(), lineNo);
            }
        }
    }

    /** A section that lists who took part ("## Participants", "## Attendees"). */
    static boolean isPeopleHeading(String heading) {
        return PEOPLE_HEADINGS.contains(SectionKind.normalize(heading));
    }

    private static final java.util.Set<String> PEOPLE_HEADINGS = java.util.Set.of("participants", "attendees",
            "attendance", "present", "who was there", "team", "people");

    /**
     * The entries of a participants section: "Bob (Scrum Master) — facilitator", "Alice (Product Owner)". The one
     * marked as facilitating is the facilitator, the others the participants.
     */
    void people(List<String> entries) {
        List<String> others = new java.util.ArrayList<>();
        for (String entry : entries) {
            String name = ItemReader.owner(PERSON_END.split(entry)[0]);
            if (name == null || name.isBlank()) {
                continue;
            }
            if (entry.toLowerCase(Locale.ROOT).contains("facilitat")) {
                facilitator = first(facilitator, name);
            } else {
                others.add(name);
            }
        }
        if (participants.isEmpty()) {
            participants = List.copyOf(others);
        }
    }

    void title(String heading) {
        Matcher parenthesized = EPIC_PARENTHESIZED.matcher(heading);
        if (parenthesized.find()) {
            epicId = first(epicId, parenthesized.group(1));
            epicTitle = first(epicTitle, parenthesized.group(2).strip());
            return;
        }
        Matcher keyRetro = KEY_RETRO.matcher(heading.strip());
        if (keyRetro.matches()) {
            epicId = first(epicId, keyRetro.group(1));
            epicTitle = first(epicTitle, keyRetro.group(2) == null ? null : keyRetro.group(2).strip());
            return;
        }
        Matcher ref = EPIC_REF.matcher(heading.strip());
        if (ref.find()) {
            epicId = first(epicId, ref.group(1));
            String before = TRAILING_SEPARATORS.matcher(heading.substring(0, ref.start())).replaceAll("").strip();
            boolean titleBefore = !before.isEmpty() && !before.toLowerCase(Locale.ROOT).startsWith("retro");
            if (ref.group(2) != null) {
                epicTitle = first(epicTitle, ref.group(2).strip());
            } else if (titleBefore) {
                epicTitle = first(epicTitle, before);
            }
        }
    }

    void nextEpicSection(String heading, String text) {
        int colon = heading.indexOf(':');
        if (colon > 0 && colon + 1 < heading.length()) {
            nextEpic(heading.substring(colon + 1));
        }
        Matcher inHeading = EPIC_IN_TEXT.matcher(heading);
        if (inHeading.find()) {
            nextId = first(nextId, inHeading.group(1));
            // "next up: epic 4 — usage-based invoicing"
            Matcher titled = NEXT_REF.matcher(heading.substring(inHeading.start()).strip());
            if (titled.matches()) {
                String title = titled.group(2) != null ? titled.group(2) : titled.group(3);
                nextTitle = first(nextTitle, title == null ? null : title.strip());
            }
        }
        // The patterns below ignore (ASCII) case and need "epic" or "stories": most sections hold neither.
        String lower = text.toLowerCase(Locale.ROOT);
        // "**Epic 13: Audit Trail** — 5 stories, ready for planning …" opening a line of the section.
        Matcher opening = NEXT_OPENING_LINE.matcher(text);
        if (nextId == null && lower.contains("epic") && opening.find()) {
            nextId = opening.group(1);
            nextTitle = first(nextTitle, opening.group(2).strip());
        }
        if (!lower.contains("stories")) {
            return;
        }
        Matcher counted = COUNTED_STORIES.matcher(text);
        if (counted.find()) {
            nextStories = first(nextStories, Integer.parseInt(counted.group(1)));
        }
        Matcher stories = PLANNED_STORIES.matcher(text);
        if (stories.find()) {
            nextStories = first(nextStories, Numbers.digitsOrWord(stories.group(1)));
        }
    }

    Retro.EpicRef epic() {
        return epicId == null && epicTitle == null ? null : new Retro.EpicRef(epicId, epicTitle);
    }

    /** The retro's own date; the epic's completion date when it gives no other. */
    LocalDate date() {
        return date != null ? date : completed;
    }

    String facilitator() {
        return facilitator;
    }

    List<String> participants() {
        return participants;
    }

    Retro.NextEpic nextEpic() {
        return nextId == null && nextTitle == null ? null : new Retro.NextEpic(nextId, nextTitle, nextStories);
    }

    private void epic(String value) {
        Matcher ref = EPIC_REF.matcher(value.strip());
        Matcher plain = NEXT_REF.matcher(value.strip());
        if (ref.find()) {
            epicId = first(epicId, ref.group(1));
            epicTitle = first(epicTitle, ref.group(2) == null ? null : ref.group(2).strip());
        } else if (plain.matches()) {
            epicId = first(epicId, plain.group(1));
            String title = plain.group(2) != null ? plain.group(2) : plain.group(3) != null ? plain.group(3)
                    : plain.group(4);
            epicTitle = first(epicTitle, title == null ? null : title.strip());
        } else {
            epicId = first(epicId, value.strip());
        }
    }

    private void nextEpic(String value) {
        Matcher ref = NEXT_REF.matcher(value.strip());
        if (ref.matches()) {
            nextId = first(nextId, ref.group(1));
            String title = ref.group(2) != null ? ref.group(2) : ref.group(3) != null ? ref.group(3) : ref.group(4);
            nextTitle = first(nextTitle, title == null ? null : title.strip());
        }
    }

    private LocalDate date(String value, int line) {
        LocalDate parsed = Dates.parse(value);
        if (parsed == null) {
            warnings.add(line, "date '" + value + "' not understood");
        }
        return parsed;
    }

    private static <T> T first(T known, T candidate) {
        return known != null ? known : candidate;
    }
}
