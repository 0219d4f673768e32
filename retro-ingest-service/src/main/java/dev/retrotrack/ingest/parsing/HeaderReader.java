package dev.retrotrack.ingest.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * An epic's id as the patterns below read it: "6", "DM-09", "PAY4", "0.6", "2-1": up to six letters, a number, and
     * up to six more number parts. Every pattern that names an epic uses it, so they agree on what an id is.
     */
    private static final String EPIC_ID = "[A-Za-z]{0,6}-?\\d{1,9}(?:[.-]\\d{1,9}){0,6}";

    /**
     * Words opening a clause after a title and a comma, "…, with four stories planned", "…, starting in January": not
     * part of it ("…, planned for Q3" is a clause; "Refunds, returns and exchanges" and "Capacity, planned vs
     * actual" are one title each).
     */
    private static final String CLAUSE_AFTER_TITLE = "(?:with|which|where|who|now|due|starting|scheduled"
            + "|targeting|when|because|once|(?:planned|expected)\\s(?:for|in|to|on|by))\\b";

    /** "Epic 6 Retrospective: Title", "Epic DM-09 Retrospective: Title", "Sprint 12 Retro – Title". */
    private static final Pattern EPIC_REF = Pattern.compile(
            "(?i)\\b(?:epic|sprint)\\s+(" + EPIC_ID + "[a-z]?)\\b\\s*"
                    + "(?:retrospective|retro)?\\s*(?:[:\\-–—·•|]\\s*(.+))?$");
    /** "DM-10 (Documentation & Developer Experience)", "Epic 7: Title". */
    private static final Pattern NEXT_REF = Pattern.compile(
            "(?i)^(?:epic\\s+)?(" + EPIC_ID + "[a-z]?)\\s*(?:\\((.+)\\)|[:\\-–—]\\s*(.+)"
                    + "|[\"“](.+)[\"”])?$");
    /** "ID-8 SCIM Provisioning": a key with letters, then a capitalised title after a space only. */
    private static final Pattern KEY_THEN_TITLE = Pattern.compile(
            "^([A-Za-z]{1,6}-\\d{1,9}(?:\\.\\d{1,9})?)\\s{1,10}(\\p{Lu}.{0,300})$");
    /**
     * "## Next epic: INV-31 payment reminders": in a heading the words after the key are its title in any case (a
     * heading names; a field value "PAY-4 once the vendor signs off" may say something else).
     */
    private static final Pattern KEY_THEN_ANY_TITLE = Pattern.compile(
            "^([A-Za-z]{1,6}-\\d{1,9}(?:\\.\\d{1,9})?)\\s{1,10}(\\p{L}.{0,300})$");
    /** "IRR-180 Irrigation Scheduling", "E11 Offline Lesson Downloads": letters in the key, a capitalised title. */
    private static final Pattern KEY_WITH_LETTERS_THEN_TITLE = Pattern.compile(
            "^(\\p{Alpha}{1,6}-?\\d{1,9}(?:\\.\\d{1,9})?)\\s{1,10}(\\p{Lu}.{0,300})$");
    /** How far after its "epic" a next-epic pattern's match may end: an id, a title of 200 and its close. */
    private static final int NEAR = 300;
    /** How far before its "epic" an {@link #EPIC_IS_TITLE} match may start: a full stop and three spaces. */
    private static final int SENTENCE_GAP = 4;
    /** How many epic mentions of a next-epic section are kept: the next epic is named early, if at all. */
    private static final int MENTIONS_KEPT = 4;
    /** "Epic 5 plans …" opening a line or a sentence; the number is group 1. */
    private static final Pattern EPIC_OPENING_SENTENCE = Pattern.compile(
            "(?im)(?:^|[.!?]\\s{1,3})[*_]{0,2}epic\\s{1,3}(" + EPIC_ID + ")\\b");
    private static final Pattern EPIC_IN_TEXT = Pattern.compile("(?i)\\bepic\\s+(" + EPIC_ID + ")\\b");
    /** A line of a next-epic section that starts by naming it: "Epic 13: Audit Trail — 5 stories …". */
    private static final Pattern NEXT_OPENING_LINE = Pattern.compile(
            "(?im)^epic\\s{1,10}(" + EPIC_ID + ")\\s{0,10}:\\s{0,10}([^\\n—–]{1,200}?)"
                    + "[ \\t]{0,10}(?:[—–]|\\.\\s|\\.?$)");
    /**
     * "Epic 8 is Roadside Verification and Renewals.", "Epic 8 will be Fare Disputes": a sentence opening with the
     * epic and giving its name, up to the end of the clause; {@link #isTitleCase} decides whether it is a name ("Epic 8
     * is about roadside checks", "Epic 8 is Q1 work" name nothing).
     */
    private static final Pattern EPIC_IS_TITLE = Pattern.compile(
            "(?m)(?:^|[.!?]\\s{1,3})(?i:epic)\\s{1,3}(" + EPIC_ID + ")\\s{1,3}"
                    + "(?i:is|will\\s{1,3}be)\\s{1,3}(?:(?i:called)\\s{1,3})?(\\p{Lu}[^\\n.—–(:,;!?]{0,80}?)"
                    // a look-ahead: the full stop ending one sentence opens the next match
                    + "\\s{0,3}(?=[.—–(:,;!?]|\\s-\\s|$)");
    /** "Next up is **Epic LVL-3: Clans**. Five stories …": the epic named with a colon anywhere in a line. */
    private static final Pattern EPIC_COLON_TITLE = Pattern.compile(
            "(?i)\\bepic\\s{1,10}(" + EPIC_ID + ")\\s{0,10}:\\s{0,10}"
                    + "([^\\n.—–(]{1,80}?)\\s{0,10}(?:[.—–(\\n]|,\\s(?-i:" + CLAUSE_AFTER_TITLE + ")|$)");
    /**
     * A line of a next-epic section that opens with the epic's key and title, the title ending at a full stop or a
     * dash: "E12 — Speaking Practice. 6 stories …", "epic 6 — Webhook Retries. 4 stories sized", "Epic 3 - Bridal
     * Fitting Schedule. Stories planned:",
     * "Next epic: IRR-210 Water Budget Reporting — 4 stories groomed", "Looking ahead: Epic 4 — Winter Events", "Next
     * up is Epic 6 — Grade Disputes, with four stories planned" (a comma before a clause word ends it). A bare
     * number needs the word epic. After a
     * dash or colon the title may be lower case ("Epic 8 — tidal and pilotage constraints."); after a space only it
     * must be capitalised.
     */
    private static final Pattern NEXT_KEY_LINE = Pattern.compile(
            "(?m)^(?:(?i:next\\s{1,10}epic|(looking\\s{1,10}ahead|next\\s{1,10}up|up\\s{1,10}next|coming\\s{1,10}up))"
                    + "(?:\\s{0,10}:\\s{0,10}|\\s{1,10}(?i:is|will\\s{1,10}be)\\s{1,10}))?"
                    + "(?:(?i:epic)\\s{1,10}([A-Za-z]{0,6}-?\\d{1,9})"
                    + "|([A-Za-z]{1,6}-?\\d{1,9}))(?:\\s{0,10}[—–:]\\s{0,10}|\\s{1,10}(-)\\s{1,10}|\\s{1,10}(?=\\p{Lu}))"
                    + "(\\p{L}[^\\n.—–]{0,80}?)\\s{0,10}(?:[.—–]|,\\s(?=" + CLAUSE_AFTER_TITLE + ")|$)");
    /** "Stories drafted: 15.1–15.7": a range of story keys under one prefix. */
    private static final Pattern STORY_RANGE = Pattern.compile(
            "\\b(\\d{1,9}(?:\\.\\d{1,9}){0,4})\\.(\\d{1,4})\\s{0,3}[–—-]\\s{0,3}(\\d{1,9}(?:\\.\\d{1,9}){0,4})\\.(\\d{1,4})\\b");
    /** "Retro held 2 April 2026", "The retrospective was held on 2026-04-02". */
    private static final Pattern HELD = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:retro(?:spective)?\\s+)?(?:was\\s+)?held\\s+(?:on\\s+)?(.+)$");
    /** Sentence boundaries in a line of prose: after a full stop followed by a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+");

    /** "Planned stories (5):". */
    private static final Pattern COUNTED_STORIES = Pattern.compile("(?i)\\bstories\\s*\\((\\d{1,9})\\)");
    /** "Planned stories: 4 (visit invoice, …)", "Stories planned: 4": a count of planned stories as a label's value. */
    private static final Pattern LABELLED_STORIES = Pattern.compile(
            "(?i)\\b(?:planned\\s{1,3}stories|stories\\s{1,3}planned)[ \\t]{0,3}:[ \\t]{0,3}(\\d{1,9})(?!\\d|\\.\\d)");
    private static final Pattern PLANNED_STORIES = Pattern.compile(
            "(?i)\\b(" + Numbers.DIGITS_OR_WORD + ")(?:[ \\t]{1,3}|[ \\t]{0,2}\\n(?-i:(?=[a-z])))"
                    + "(?:planned\\s{1,3}|new\\s{1,3})?stories\\b");
    /** "LED-5 Retrospective — Ledger Sync Engine": an epic key without the word epic. */
    private static final Pattern KEY_RETRO = Pattern.compile(
            "^([A-Z][A-Z0-9]{0,9}-\\d{1,9}(?:\\.\\d{1,9})?)\\s+retro(?:spective)?\\b\\s*(?:[:\\-–—·|]\\s*(.+))?$",
            Pattern.CASE_INSENSITIVE);
    /** "Epic 7 (Scanner Offline Mode)". */
    private static final Pattern EPIC_PARENTHESIZED = Pattern.compile(
            "(?i)\\bepic\\s+(" + EPIC_ID + ")\\s*\\(([^()]+)\\)");
    /** "Bob facilitated", "Bob (SM) facilitated": a sentence of a name and the verb. */
    private static final Pattern NAME_FACILITATED = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'-]{0,30}(?: \\p{Lu}[\\p{L}'-]{0,30}){0,2}(?:\\s{0,3}\\([^()]{0,40}\\))?)\\s{1,3}facilitated$");
    /**
     * "Facilitated by Bob (Scrum Master) with Alice (PO), Charlie and Dana": the opening only; the facilitator and the
     * people after "with" are cut by {@link #facilitatedBy} without a lazy group, which before an optional group and
     * a run of white space would backtrack quadratically.
     */
    private static final Pattern FACILITATED_BY = Pattern.compile("(?i)^facilitated\\s{1,10}by\\s{1,10}");
    private static final Pattern WITH_WORD = Pattern.compile("(?i)\\swith\\s");

    // Compiled once: String.split and replaceAll with a regex compile it on every call.
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[,;]");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s:\\-–—·•|]+$");

    private String epicId;
    private String epicTitle;
    private LocalDate date;
    private LocalDate completed;
    private String facilitator;
    private List<String> participants = List.of();
    /** Whether {@link #participants} came from a "Team" field, which a participants field replaces. */
    private boolean participantsFromTeam;
    private String nextId;
    private String nextTitle;
    private Integer nextStories;
    /**
     * Epics a next-epic section's sentences open with ("Epic 5 plans 6 stories"), for when nothing else named the
     * next epic.
     */
    private final List<String> sentenceOpeningEpics = new ArrayList<>(MENTIONS_KEPT);
    /** Epics a next-epic section's sentences name ("Epic 8 is Roadside Verification"): id and title each. */
    private final List<String[]> namedInSentences = new ArrayList<>(MENTIONS_KEPT);
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
            "held", "held on", "retro held", "retro held on", "retrospective held", "retrospective held on", "when",
            "completed", "completion date", "retrospective completed", "completed on",
            "date completed", "finished", "epic", "epic id", "sprint", "title", "epic title", "epic name",
            "facilitator", "facilitated by", "scrum master", "participants", "attendees", "team", "present", "who",
            "in the room", "team present", "people present",
            "next epic", "next", "next sprint");

    /** Whether a key names one of the header fields, for lines written without bold. */
    static boolean isHeaderKey(String key) {
        return KEYS.contains(key.toLowerCase(Locale.ROOT).strip());
    }

    /** @return whether the key was a header field */
    boolean field(String key, String value, int line) {
        String k = key.toLowerCase(Locale.ROOT).strip();
        switch (k) {
            // "| Retrospective held | 2026-11-10 |", "**Retrospective completed:** 2026-11-24": when the retro was
            // held is its date; a bare "Completed" is the epic's completion.
            case "date", "retro date", "retrospective date", "held", "held on", "retro held", "retro held on",
                 "retrospective held", "retrospective held on", "when", "retrospective completed" ->
                    date = first(date, date(value, line));
            case "completed", "completion date", "completed on", "date completed",
                 "finished" -> completed = first(completed, date(value, line));
            case "epic", "epic id", "sprint" -> epic(value);
            case "title", "epic title", "epic name" -> epicTitle = first(epicTitle, value);
            case "facilitator", "facilitated by", "scrum master" -> facilitator = first(facilitator,
                    ItemReader.owner(NAME_SEPARATOR.split(value)[0]));
            case "team" -> {
                if (participants.isEmpty()) {
                    participants = people(value);
                    participantsFromTeam = true;
                }
            }
            case "participants", "attendees", "present", "who", "in the room", "team present",
                 "people present" -> {
                // "| **Team** | Field Ops Squad |" above "| **Participants** | @Priya, @Marek |": the team row may
                // only name the team; a row of participants says who was there.
                if (participants.isEmpty() || participantsFromTeam) {
                    participants = people(value);
                    participantsFromTeam = false;
                }
            }
            case "next epic", "next", "next sprint" -> nextEpic(value, KEY_THEN_TITLE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * "Alice (PO), Charlie and Bob (SM, facilitating)": names split at commas, semicolons and "and" outside brackets
     * (a role may hold a comma); the one marked as facilitating is the facilitator rather than a participant.
     */
    private List<String> people(String value) {
        List<String> names = new java.util.ArrayList<>();
        for (String entry : topLevelEntries(value)) {
            String name = isClause(entry) ? null : ItemReader.owner(entry);
            if (name == null || name.isBlank()) {
                continue;
            }
            if (entry.toLowerCase(Locale.ROOT).contains("facilitat")) {
                facilitator = first(facilitator, name);
            } else {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** Words opening a clause about the people named before it rather than a name. */
    private static final java.util.Set<String> CLAUSE_OPENINGS = java.util.Set.of("who", "which", "whose", "with",
            "plus", "both", "all", "everyone", "as", "while");

    /**
     * "… and Björn (Paralegal), who joined from the renewals desk": a part opening with a clause word says something
     * about the people before it; it names nobody. Names may be lower case ("sungp", "van der Merwe").
     */
    private static boolean isClause(String entry) {
        int space = entry.indexOf(' ');
        return space > 0 && CLAUSE_OPENINGS.contains(entry.substring(0, space).toLowerCase(Locale.ROOT));
    }

    private static List<String> topLevelEntries(String value) {
        List<String> entries = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            depth = c == '(' ? depth + 1 : c == ')' ? Math.max(0, depth - 1) : depth;
            boolean and = depth == 0 && value.regionMatches(true, i, " and ", 0, 5);
            if (depth == 0 && (c == ',' || c == ';') || and) {
                entries.add(value.substring(start, i).strip());
                start = and ? i + 5 : i + 1;
                i = and ? i + 4 : i;
            }
        }
        entries.add(value.substring(start).strip());
        return entries;
    }

    /**
     * A line of the document's opening written as {@code ·}-separated parts: "Thu 13 Nov 2026 · facilitator: Bob ·
     * present: Alice, Charlie": each part a header sentence, and a part that is only a date the retro's date.
     */
    void partsLine(String line, int lineNo, Pattern separator) {
        for (String part : separator.split(line)) {
            String p = part.strip();
            LocalDate written = p.indexOf(':') < 0 && p.length() <= MAX_DATE_SEGMENT + 8 ? Dates.parse(p) : null;
            if (written != null) {
                date = first(date, written);
            } else {
                sentences(p, lineNo);
            }
        }
    }

    /** Keys whose value is a list of people. */
    static boolean isPeopleKey(String key) {
        return java.util.Set.of("participants", "attendees", "team", "present", "who", "in the room",
                "team present", "people present").contains(key.toLowerCase(Locale.ROOT).strip());
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
            if (facilitated.lookingAt() && facilitated.end() < s.length()) {
                facilitatedBy(s.substring(facilitated.end()), lineNo);
                continue;
            }
            Matcher facilitatedAfter = s.endsWith("facilitated") ? NAME_FACILITATED.matcher(s) : null;
            if (facilitatedAfter != null && facilitatedAfter.matches()) {
                // "Present: Alice, Charlie. Bob facilitated."
                field("facilitator", facilitatedAfter.group(1), lineNo);
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

    /** "Bob (Scrum Master) with Alice (PO), Charlie": the facilitator, and the people after "with". */
    private void facilitatedBy(String rest, int lineNo) {
        Matcher with = WITH_WORD.matcher(rest);
        if (with.find() && with.start() > 0 && with.end() < rest.length()) {
            field("facilitator", rest.substring(0, with.start()).strip(), lineNo);
            field("participants", rest.substring(with.end()).strip(), lineNo);
        } else {
            field("facilitator", rest.strip(), lineNo);
        }
    }

    /** A section that lists who took part ("## Participants", "## Attendees"). */
    static boolean isPeopleHeading(String heading) {
        return PEOPLE_HEADINGS.contains(SectionKind.unnumbered(SectionKind.normalize(heading)));
    }

    private static final java.util.Set<String> PEOPLE_HEADINGS = java.util.Set.of("participants", "attendees",
            "attendance", "present", "who was there", "who was present", "who was in the room", "in the room",
            "team", "people");

    /**
     * The entries of a participants section: "Bob (Scrum Master) — facilitator", "Alice (Product Owner)". The one
     * marked as facilitating is the facilitator, the others the participants.
     */
    void people(List<String> entries) {
        List<String> others = new java.util.ArrayList<>();
        for (String entry : entries) {
            String name = ItemReader.owner(personPart(entry));
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

    /**
     * The part of a participants entry before a dash, comma or colon that ends the person: "Priya (Assessment Lead,
     * Faculty of Medicine)" keeps its bracketed role whole, whatever it holds.
     */
    private static String personPart(String entry) {
        int depth = 0;
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            depth = c == '(' ? depth + 1 : c == ')' ? Math.max(0, depth - 1) : depth;
            if (depth == 0 && (c == ',' || c == ':' || isSpacedDash(entry, i))) {
                return entry.substring(0, i).stripTrailing();
            }
        }
        return entry;
    }

    /** A dash with whitespace on both sides at {@code i}, as ends a person. */
    private static boolean isSpacedDash(String text, int i) {
        char c = text.charAt(i);
        return (c == '-' || c == '–' || c == '—') && i > 0 && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i + 1));
    }

    void title(String writtenHeading) {
        // "🚚 FLT-3 Retrospective — …", "… Hive Weight Telemetry 🐝": an emoji in front or behind says nothing;
        // "… (2026-10-20)": the retro's date.
        String heading = withoutTrailingRetro(withoutTrailingDate(
                withoutTrailingSymbols(withoutLeadingSymbols(writtenHeading))));
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

    /** "Epic LVL-2 — Season Pass · Retrospective": a closing part that only says what the document is. */
    private static String withoutTrailingRetro(String heading) {
        for (String separator : new String[] {" · ", " | ", " — ", " – ", " - ", ": "}) {
            int at = heading.lastIndexOf(separator);
            String tail = at <= 0 ? "" : heading.substring(at + separator.length()).strip();
            if (tail.equalsIgnoreCase("retrospective") || tail.equalsIgnoreCase("retro")) {
                return heading.substring(0, at).strip();
            }
        }
        return heading;
    }

    private static String withoutLeadingSymbols(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return text.substring(i);
    }

    /** The text without the emoji and spaces it ends with. */
    private static String withoutTrailingSymbols(String text) {
        return text.substring(0, Symbols.trailingStart(text));
    }

    /** The longest date segment taken off a title: "(2026-10-20)", "— 14 March 2026". */
    private static final int MAX_DATE_SEGMENT = 24;

    /**
     * A title that ends with a date, in parentheses or after a dash, without it; the date becomes the retro's date
     * unless a field gave one.
     */
    private String withoutTrailingDate(String heading) {
        String h = heading.strip();
        int start = -1;
        String segment = null;
        if (h.endsWith(")")) {
            start = h.lastIndexOf('(');
            segment = start < 0 ? null : h.substring(start + 1, h.length() - 1);
        } else {
            for (String dash : new String[] {" — ", " – ", " - ", " · ", " | "}) {
                start = Math.max(start, h.lastIndexOf(dash));
            }
            segment = start < 0 ? null : h.substring(start + 3);
        }
        LocalDate written = segment == null || segment.length() > MAX_DATE_SEGMENT ? null : Dates.parse(segment);
        if (written == null || start <= 0) {
            return h;
        }
        date = first(date, written);
        return h.substring(0, start).strip();
    }

    void nextEpicSection(String writtenHeading, String writtenText) {
        String heading = withoutClosingBracket(writtenHeading);
        // "Epic 7 — group lesson bundles at the rental⏎desk.": a line break before a lower-case word is inside a
        // sentence, so the title read up to its full stop is whole. A break before "**Stories:**" stays.
        String text = writtenText.indexOf('\n') < 0 ? writtenText : sentencesJoined(writtenText);
        int colon = heading.indexOf(':');
        if (colon > 0 && colon + 1 < heading.length()) {
            nextEpic(heading.substring(colon + 1), KEY_THEN_ANY_TITLE);
        }
        Matcher inHeading = EPIC_IN_TEXT.matcher(heading);
        if (inHeading.find()) {
            nextId = first(nextId, inHeading.group(1));
            // "next up: epic 4 — usage-based invoicing"; "Readiness for Epic 8 — Open Dependencies" names what the
            // section is about, not the epic.
            Matcher titled = NEXT_REF.matcher(heading.substring(inHeading.start()).strip());
            String title = !titled.matches() ? null : titled.group(2) != null ? titled.group(2) : titled.group(3);
            if (title != null && !SectionKind.isReadinessTitle(title)) {
                nextTitle = first(nextTitle, title.strip());
            }
            // "Epic 9 Preview: Automated Defect Detection": the epic named before the colon, its title after it.
            String afterColon = colon > inHeading.end() ? heading.substring(colon + 1).strip() : "";
            // A heading written all in lower case ("## epic 9 preview: automated defect detection") titles in it too.
            boolean lowerCaseHeading = heading.equals(heading.toLowerCase(Locale.ROOT));
            if (nextTitle == null && !afterColon.isEmpty() && !SectionKind.isReadinessTitle(afterColon)
                    && (isTitleCase(afterColon) || lowerCaseHeading && !opensWithoutNaming(afterColon))) {
                nextTitle = afterColon;
            }
        }
        // The patterns below ignore (ASCII) case and need "epic" or "stories": most sections hold neither.
        String lower = text.toLowerCase(Locale.ROOT);
        // "**Epic 13: Audit Trail** — 5 stories, ready for planning …" opening a line of the section.
        // "## Next epic readiness (Epic 12)" then "**Epic 12: Fee Waiver Requests**": the heading named the epic
        // and the line gives its title, so a line naming the same epic may still title it.
        boolean untitled = nextId == null || nextTitle == null;
        // Each pattern below starts at its "epic": tried only around the word (Cues.findNear), not at every position.
        Matcher opening = NEXT_OPENING_LINE.matcher(text);
        if (untitled && lower.contains("epic") && Cues.findNear(opening, text, lower, "epic", 0, NEAR, 0)
                && sameNextEpic(opening.group(1))) {
            nextId = first(nextId, opening.group(1));
            nextTitle = first(nextTitle, opening.group(2).strip());
        }
        // "Epic 13 (Chargebacks) has six stories planned": the title in brackets after the epic's name.
        Matcher bracketed = text.indexOf('(') < 0 || !lower.contains("epic") ? null : EPIC_PARENTHESIZED.matcher(text);
        if (bracketed != null && bracketed.find()
                && (nextId == null || nextId.equalsIgnoreCase(bracketed.group(1)))) {
            nextId = first(nextId, bracketed.group(1));
            nextTitle = first(nextTitle, bracketed.group(2).strip());
        }
        Matcher named = (nextId == null || nextTitle == null) && text.indexOf(':') >= 0 && lower.contains("epic")
                ? EPIC_COLON_TITLE.matcher(text) : null;
        if (named != null && Cues.findNear(named, text, lower, "epic", 0, NEAR, 0) && sameNextEpic(named.group(1))) {
            nextId = first(nextId, named.group(1));
            nextTitle = first(nextTitle, named.group(2).strip());
        }
        Matcher is = nextTitle == null && lower.contains("epic") && (lower.contains(" is ")
                || lower.contains(" will be ")) ? EPIC_IS_TITLE.matcher(text) : null;
        int from = 0;
        while (is != null && namedInSentences.size() < MENTIONS_KEPT
                && Cues.findNear(is, text, lower, "epic", SENTENCE_GAP, NEAR, from)) {
            from = is.end();
            String title = is.group(2).strip();
            if (sameNextEpic(is.group(1)) && isTitleCase(title)) {
                namedInSentences.add(new String[] {is.group(1), title});
            }
        }
        // "E12 — Speaking Practice.", "IRR-210 Water Budget Reporting —": needs neither "epic" nor "stories".
        Matcher keyLine = nextId == null ? NEXT_KEY_LINE.matcher(text) : null;
        // A spaced hyphen separates a title only after the word epic ("Epic 3 - Bridal Fitting"): "Q3 - capacity
        // review" names no epic.
        // After "Looking ahead:" or "Next up:" only the word epic names one ("Next up: Q3 — planning" names none).
        if (keyLine != null && keyLine.find() && (keyLine.group(4) == null || keyLine.group(2) != null)
                && (keyLine.group(1) == null || keyLine.group(2) != null)) {
            nextId = keyLine.group(2) != null ? keyLine.group(2) : keyLine.group(3);
            nextTitle = first(nextTitle, keyLine.group(5).strip());
        }
        if (nextId == null && lower.contains("epic")) {
            for (Matcher mention = EPIC_OPENING_SENTENCE.matcher(text);
                    sentenceOpeningEpics.size() < MENTIONS_KEPT && mention.find(); ) {
                sentenceOpeningEpics.add(mention.group(1));
            }
        }
        if (lower.contains("stories")) {
            countedStories(text);
        }
        if (nextStories == null && lower.contains("stor")) { // storyRange reads only lines mentioning "stor"
            storyRange(text);
        }
        if (nextStories == null && nextId != null && lower.contains("stories")) {
            keyedStoriesAfterLabel(text);
        }
    }

    /** A full stop ending a sentence (not the one inside a story key such as "4.1"), or a blank line. */
    private static final Pattern SENTENCE_STOP = Pattern.compile("\\.(?=\\s|$)|\\n\\n");
    /** "Planned stories: 4.1 equipment tags, 4.2 last-seen location, …": where the list of keys begins. */
    private static final Pattern STORIES_LABEL = Pattern.compile("(?i)\\bstories\\s{0,3}:");

    /**
     * "planned stories: 6.1 quote from the job ticket, 6.2 invoice on collection, …": the next epic's story keys
     * listed inline after a label, one planned story each (two at least, in the label's paragraph).
     */
    private void keyedStoriesAfterLabel(String text) {
        Matcher label = STORIES_LABEL.matcher(text);
        if (!label.find()) {
            return;
        }
        // The list ends with its sentence: "4.3 and 4.4 are stretch ideas" after it counts nothing.
        Matcher sentenceEnd = SENTENCE_STOP.matcher(text);
        int end = sentenceEnd.find(label.end()) ? sentenceEnd.start() : text.length();
        String list = text.substring(label.end(), end);
        Matcher key = Pattern.compile("(?<![\\w.])" + Pattern.quote(nextId) + "\\.\\d{1,3}\\b").matcher(list);
        java.util.Set<String> keys = new java.util.HashSet<>();
        while (key.find()) {
            keys.add(key.group());
        }
        if (keys.size() >= 2) {
            nextStories = keys.size();
        }
    }

    /**
     * A line break inside a paragraph between a letter or comma and a lower-case letter is a sentence going on
     * ("Epic 7 — group lesson bundles at the rental⏎desk."), as is one after a word that never ends a sentence
     * ("Roadside Verification and⏎Renewals"): it becomes a space. Paragraphs and list entries are
     * apart by a blank line, so they are never joined. A loop over the breaks, which is cheaper than the regex it
     * replaced (linear too, but tried at every position).
     */
    private static String sentencesJoined(String text) {
        StringBuilder joined = null;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            char after = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
            boolean goesOn = Character.isLowerCase(after) && (Character.isLetter(before) || before == ',')
                    || Character.isLetter(after) && endsWithJoiningWord(text, at)
                    || Character.isUpperCase(after) && Character.isLetter(before) && titleWrapsOnto(text, at);
            if (goesOn) {
                if (joined == null) {
                    joined = new StringBuilder(text);
                }
                joined.setCharAt(at, ' ');
            }
        }
        return joined == null ? text : joined.toString();
    }

    /**
     * "Grade Disputes and Farmer⏎Payments, with four stories planned": a capitalised word ends the line and a
     * capitalised word closed by a comma or full stop opens the next, so a title was wrapped inside ("Async
     * Platform⏎Six stories planned." and "Platform⏎Stories: 6" are two lines).
     */
    private static boolean titleWrapsOnto(String text, int lineBreak) {
        int wordStart = lineBreak;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (!Character.isUpperCase(text.charAt(wordStart))) {
            return false;
        }
        int wordEnd = lineBreak + 1;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd < text.length() && (text.charAt(wordEnd) == ',' || text.charAt(wordEnd) == '.');
    }

    /** Words that never end a sentence, so a line ending in one goes on: "Roadside Verification and⏎Renewals". */
    private static final java.util.Set<String> JOINING_WORDS = java.util.Set.of("and", "or", "of", "the", "for",
            "with", "to", "&");

    /** Whether the text before {@code end} ends with one of {@link #JOINING_WORDS}. */
    private static boolean endsWithJoiningWord(String text, int end) {
        int start = end;
        while (start > 0 && end - start < 4 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        boolean wordStart = start == 0 || Character.isWhitespace(text.charAt(start - 1));
        return wordStart && start < end && JOINING_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * "Next Epic Readiness (Epic 9: Special Meal Tracking)" → "Next Epic Readiness Epic 9: Special Meal Tracking":
     * a closing bracket that holds the epic's name and title is unwrapped, so the title does not end in ")".
     */
    private static String withoutClosingBracket(String heading) {
        int open = heading.lastIndexOf('(');
        // One bracket only, closing the heading, and naming an epic before its colon: "(target: Q3)" stays.
        boolean wrapped = open >= 0 && heading.endsWith(")") && heading.indexOf(')') == heading.length() - 1
                && heading.indexOf(':', open) > open
                && EPIC_IN_TEXT.matcher(heading.substring(open + 1, heading.indexOf(':', open))).lookingAt();
        return wrapped ? heading.substring(0, open) + heading.substring(open + 1, heading.length() - 1) : heading;
    }

    /** Whether {@code id} names the next epic found so far, or none was found yet. */
    private boolean sameNextEpic(String id) {
        return nextId == null || nextId.equalsIgnoreCase(id);
    }

    /**
     * A list in a next-epic section whose every entry opens with one of that epic's story keys ("7.1 Erosion stage
     * per blade", "12.3 Judge review queue"): one planned story per entry, unless the text gave a count.
     */
    void nextEpicStoryList(List<String> entries) {
        if (nextId == null || entries.isEmpty()) {
            return;
        }
        String prefix = nextId.toLowerCase(Locale.ROOT) + ".";
        for (String entry : entries) {
            String lower = entry.strip().toLowerCase(Locale.ROOT);
            if (!lower.startsWith(prefix) || lower.length() == prefix.length()
                    || !Character.isDigit(lower.charAt(prefix.length()))) {
                return;
            }
        }
        nextEpicStoryRows(entries.size());
    }

    /** "Stories (5)", "Planned stories: 4", "five planned stories": every pattern needs "stories". */
    private void countedStories(String text) {
        Matcher counted = COUNTED_STORIES.matcher(text);
        if (counted.find()) {
            nextStories = first(nextStories, Integer.parseInt(counted.group(1)));
        }
        Matcher labelled = text.indexOf(':') >= 0 ? LABELLED_STORIES.matcher(text) : null;
        if (labelled != null && labelled.find()) {
            nextStories = first(nextStories, Integer.parseInt(labelled.group(1)));
        }
        Matcher stories = PLANNED_STORIES.matcher(text);
        if (stories.find()) {
            nextStories = first(nextStories, Numbers.digitsOrWord(stories.group(1)));
        }
    }

    /** "15.1–15.7" in a line about stories: seven stories, when nothing else counted them. */
    private void storyRange(String text) {
        for (String line : text.split("\n")) {
            Matcher range = line.toLowerCase(Locale.ROOT).contains("stor") ? STORY_RANGE.matcher(line) : null;
            if (range != null && range.find() && range.group(1).equals(range.group(3))) {
                int from = Integer.parseInt(range.group(2));
                int to = Integer.parseInt(range.group(4));
                if (to >= from) {
                    nextStories = first(nextStories, to - from + 1);
                    return;
                }
            }
        }
    }

    /** A next-epic section's story table: one planned story per row, unless the text gave a count. */
    void nextEpicStoryRows(int rows) {
        if (rows > 0) {
            nextStories = first(nextStories, rows);
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

    /** First words of a phrase that describes instead of naming: "not yet groomed", "what we still need". */
    private static final java.util.Set<String> NOT_A_NAME = java.util.Set.of("not", "what", "tbd", "tbc", "still",
            "no", "pending", "how", "why", "who", "when");

    private static boolean opensWithoutNaming(String words) {
        String first = words.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return NOT_A_NAME.contains(first) || Statuses.parse(first) != null;
    }

    /** Words a title leaves in lower case. */
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("a", "an", "the", "and", "or", "of",
            "for", "to", "in", "on", "at", "with", "by", "via", "&", "+", "/", "-");

    /**
     * Whether words are a name in title case ("Roadside Verification and Renewals", "2FA for Inspectors"): every word
     * but the small ones opens with a capital or a digit, hyphenated parts too ("GDPR-heavy" is a description), and
     * neither a status nor a placeholder ("Blocked by the vendor", "TBD", "I think …") is one.
     */
    private static boolean isTitleCase(String words) {
        String[] parts = words.split("[\\s-]+");
        if (parts.length == 0 || parts[0].equals("I") || Statuses.parse(parts[0]) != null
                || parts[0].equalsIgnoreCase("tbd") || parts[0].equalsIgnoreCase("tbc")) {
            return false;
        }
        for (String part : parts) {
            if (!part.isEmpty() && !SMALL_WORDS.contains(part) && !Character.isUpperCase(part.charAt(0))
                    && !Character.isDigit(part.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "5", "E5", "PAY-5" and "epic-5" name the same epic: their last numbers agree. */
    private static boolean sameNumber(String id, String other) {
        if (other == null) {
            return false;
        }
        String number = lastNumber(id);
        return id.equalsIgnoreCase(other) || !number.isEmpty() && number.equals(lastNumber(other));
    }

    private static String lastNumber(String id) {
        int end = id.length();
        while (end > 0 && !Character.isDigit(id.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isDigit(id.charAt(start - 1))) {
            start--;
        }
        while (start < end - 1 && id.charAt(start) == '0') {
            start++; // "DM-09" and "9"
        }
        return id.substring(start, end);
    }

    Retro.NextEpic nextEpic() {
        // "Epic 5 plans 6 stories": with no heading or title line naming it, the first epic a sentence of the section
        // opens with, other than this retro's own, is the next one (only now is this retro's epic surely known). An
        // epic named inside a sentence ("left over from Epic 4", "like epic 3") is not taken.
        String[] named = nextTitle != null ? null : namedInSentences.stream()
                .filter(idAndTitle -> !sameNumber(idAndTitle[0], epicId)
                        && (nextId == null || nextId.equalsIgnoreCase(idAndTitle[0])))
                .findFirst().orElse(null);
        String title = withoutNextTail(named == null ? nextTitle : named[1]);
        String id = nextId != null ? nextId : named != null ? named[0] : sentenceOpeningEpics.stream()
                .filter(mentioned -> !sameNumber(mentioned, epicId)).findFirst().orElse(null);
        return id == null && title == null ? null : new Retro.NextEpic(id, title, nextStories);
    }

    /** "… is next", "… comes up next" closing a title's sentence: "Epic 3: Scaffold and Access Pricing is next." */
    private static final Pattern NEXT_TAIL = Pattern.compile("(?i)\\s{1,3}(?:is|comes)\\s{1,3}(?:up\\s{1,3})?next$");

    private static String withoutNextTail(String title) {
        if (title == null || !title.regionMatches(true, Math.max(0, title.length() - 4), "next", 0, 4)) {
            return title;
        }
        String cut = NEXT_TAIL.matcher(title).replaceFirst("").strip();
        // "Who Is Next" is a title of its own: what is left must still be two words or more.
        return cut.indexOf(' ') < 0 ? title : cut;
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
        } else if (KEY_WITH_LETTERS_THEN_TITLE.matcher(value.strip()) instanceof Matcher keyed && keyed.matches()) {
            // "| **Epic** | IRR-180 Irrigation Scheduling |", "Epic: E11 Offline Lesson Downloads": a key with
            // letters, then the title after a space.
            epicId = first(epicId, keyed.group(1));
            epicTitle = first(epicTitle, keyed.group(2).strip());
        } else {
            epicId = first(epicId, value.strip());
        }
    }

    /** @param keyThenTitle how a key and the title after it are written where the value comes from */
    private void nextEpic(String value, Pattern keyThenTitle) {
        Matcher ref = NEXT_REF.matcher(value.strip());
        Matcher keyed = keyThenTitle.matcher(value.strip());
        if (!ref.matches() && keyed.matches()) {
            // "Next Epic: ID-8 SCIM Provisioning"
            nextId = first(nextId, keyed.group(1));
            nextTitle = first(nextTitle, keyed.group(2).strip());
        } else if (ref.matches()) {
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
