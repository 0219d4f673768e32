package dev.retrotrack.ingest.parsing;

import java.util.List;

/**
 * What a section of a retro is about, judged from its heading, whatever the emoji, numbering or case. Keywords are
 * matched on the normalized heading padded with spaces, so a keyword written with a leading or trailing space only
 * matches at a word boundary.
 */
enum SectionKind {
    FOLLOW_THROUGH(List.of("previous retro", "previous epic", "previous sprint", "follow through", "followthrough",
            "completion status", "last retro", "from previous", "from the previous", "from last", "from the last",
            "from prior", "prior retro", "prior action", "commitment review", "commitments review",
            "review of previous", "review of last", "action item status", "action items status",
            "action item review", "action items review", "carried over", "where are they",
            "commitments from", "status of commitments",
            // "Did we do what we said? (DF-1 actions)": a question about the last retro's promises ("What did we do
            // well?" is not one).
            "did we do what", "did we keep", "what we said we",
            // "What we said last time", "Actions from last time": what was promised at the last retro ("What went
            // wrong last time", "What improved since last time" and "What we said about quality" are not).
            "what we said last", "said last time", "from last time", "last time's",
            // "Check-in on E10 actions": checking in on what was promised last time is follow-through.
            "check in on", "checkin on",
            // "Previous Action Items", "Earlier actions", "Follow-up from the epic 1 retro": a heading naming the
            // actions of an earlier retro, or a follow-up from one, reviews them ("Follow-up actions" stays actions).
            "previous action", "earlier action", "earlier retro", "follow up from", "followup from",
            "follow ups from",
            // "Follow-up on Epic 11 actions": following up on an earlier epic's or retro's promises ("Follow-up on
            // customer escalations" and "Follow-up actions" stay actions).
            "follow up on epic", "follow up on the epic", "follow up on previous", "follow up on last",
            "follow up on retro", "follow up on the retro", "follow up on the last", "follow up on sprint",
            "followup on epic", "followup on previous", "followup on last")),
    DEBT(List.of("technical debt", "tech debt", "techdebt", " debt ")),
    ACTIONS(List.of(" action", "follow up", "followup", "next steps", " todo", " to do ", " todos ")),
    NEXT_EPIC(List.of("next epic", "upcoming", "preview", "readiness", "impact on next", "looking ahead",
            "next sprint", "next up", "coming next", "coming up", "what's next", "whats next")),
    STORIES(List.of(" story ", " stories ", "deliverables", "completed work", "scope delivered",
            "what we built", "what we shipped", "what shipped")),
    METRICS(List.of("metric", "summary", "delivery", "velocity", "by the numbers", "statistics", "numbers",
            "overview", "results", "at a glance", "in numbers")),
    OTHER(List.of());

    /** Headings about something else even though they contain one of the words above; matched at word starts. */
    private static final List<String> REFLECTION = List.of("went well", "challenge", "lesson", "learn", "struggle",
            "recommendation", "observation", "feedback", "risk", "agreement", "commitment", "decision",
            "reference", "appendix", "kudos", "shout");
    /** {@link #REFLECTION} with the leading space that makes each match at a word start, built once. */
    private static final String[] REFLECTION_AT_WORD_START = REFLECTION.stream().map(word -> " " + word)
            .toArray(String[]::new);
    /** {@link #values()} copies its array on every call; classifying is on the hot path. */
    private static final SectionKind[] KINDS = values();
    /** Every kind's keywords, grouped by ordinal: one pass over a heading finds all kinds it matches. */
    private static final KeywordIndex KEYWORDS = new KeywordIndex(
            java.util.Arrays.stream(KINDS).map(kind -> kind.keywords).toList());

    private final List<String> keywords;

    SectionKind(List<String> keywords) {
        this.keywords = keywords;
    }

    /**
     * How headings of the retro's own reflection end: "### what went well" or "### lessons" under "## Epic 7 action
     * item review" starts the reflection, while "### Items that hurt performance" or "### What went well actions"
     * under an item section still group its items.
     */
    private static final String[] REFLECTION_ENDINGS = {" went well", " go well", " hurt", " went wrong", " lessons",
            " lessons learned", " lessons learnt", " learnings", " challenges", " struggles", " kudos", " shout outs",
            " shoutouts"};

    /** Whether a sub-heading is the start of the retro's own reflection ({@link #REFLECTION_ENDINGS}). */
    static boolean opensReflection(String heading) {
        String padded = " " + normalize(heading);
        for (String ending : REFLECTION_ENDINGS) {
            if (padded.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A heading or label about reflection (agreements, lessons, risks …), whose lists are not items. */
    static boolean isReflection(String label) {
        return isReflective(" " + normalize(label) + " ");
    }

    /** Headings that are only "what comes next": the next epic, though "next" alone is too common a keyword. */
    private static final java.util.Set<String> NEXT_ONLY = java.util.Set.of("next", "up next", "what next",
            "next up");

    static SectionKind classify(String heading) {
        int colon = heading.indexOf(':');
        if (colon > 0) {
            // "next epic: epic 10 — route risk scoring": the words before the colon say what the section is, and
            // what follows names its subject ("risk" there is part of a title, not a section about risks).
            SectionKind subject = classifyPadded(" " + normalize(heading.substring(0, colon)) + " ");
            if (subject != OTHER) {
                return subject;
            }
        }
        return classifyPadded(" " + normalize(heading) + " ");
    }

    private static SectionKind classifyPadded(String h) {
        if (NEXT_ONLY.contains(unnumbered(h.strip()))) {
            return NEXT_EPIC;
        }
        if (reviewsActions(h)) {
            return FOLLOW_THROUGH;
        }
        int matched = KEYWORDS.groupsIn(h);
        boolean namesLastOne = h.contains(" last epic") || h.contains(" last sprint");
        if ((matched & bit(ACTIONS)) != 0 && (asksWhetherKept(h) || namesLastOne)) {
            // "Epic 6 actions — did we do them?": a question about actions asks whether earlier promises were kept.
            // "Last Epic's Actions": the actions of the epic before this one ("Last sprint's velocity" is no review).
            return FOLLOW_THROUGH;
        }
        for (SectionKind kind : KINDS) {
            if ((matched & bit(kind)) != 0) {
                return kind != FOLLOW_THROUGH && kind != DEBT && isReflective(h) ? OTHER : kind;
            }
        }
        return OTHER;
    }

    /**
     * "Technical Debt & Actions", "Debt follow-up": a heading naming both debt and actions, whose tables and lists each
     * say which of the two they hold ({@link RawItem#kindItSays}).
     */
    static boolean namesDebtAndActions(String heading) {
        int matched = KEYWORDS.groupsIn(" " + normalize(heading) + " ");
        return (matched & bit(DEBT)) != 0 && (matched & bit(ACTIONS)) != 0 && (matched & bit(FOLLOW_THROUGH)) == 0;
    }

    /**
     * Of debt and actions, the one a heading naming both names first: "Technical Debt &amp; Actions" → debt, "Action
     * Items &amp; Tech Debt" → actions. What its items do not say themselves goes there.
     */
    static SectionKind firstOfDebtAndActions(String heading) {
        String padded = " " + normalize(heading) + " ";
        int debt = firstIndexOf(padded, DEBT.keywords);
        int actions = firstIndexOf(padded, ACTIONS.keywords);
        return actions >= 0 && (debt < 0 || actions < debt) ? ACTIONS : DEBT;
    }

    private static int firstIndexOf(String text, List<String> keywords) {
        int first = -1;
        for (String keyword : keywords) {
            int at = text.indexOf(keyword);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * Which of debt or actions a label names when it names one of them only: "Debt register", "Debt" (a table's title
     * column), "Action items" or "Next steps"; null for "Technical Debt & Actions", "Process Improvements" or
     * "Priority 1".
     */
    static SectionKind itemKindNamed(String label) {
        String padded = " " + normalize(label) + " ";
        if (padded.contains(" improvement")) {
            // "**Process Improvements:**": improvements to make are actions, though no section keyword says so.
            return ACTIONS;
        }
        int matched = KEYWORDS.groupsIn(padded);
        boolean debt = (matched & bit(DEBT)) != 0;
        boolean actions = (matched & bit(ACTIONS)) != 0;
        if (debt == actions || (matched & bit(FOLLOW_THROUGH)) != 0) {
            return null;
        }
        return debt ? DEBT : ACTIONS;
    }

    /** Whether the padded, normalized text holds any of the phrases (each written with its bounding spaces). */
    private static boolean containsAny(String padded, String[] phrases) {
        for (String phrase : phrases) {
            if (padded.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static int bit(SectionKind kind) {
        return 1 << kind.ordinal();
    }

    /**
     * "Review of Epic 2 Action Items", "Looking back at the epic 1 actions", "Revisiting the E4 actions": a review of
     * actions looks back at promises made earlier, whichever epic it names. The review word must come first: in
     * "Action items (review in two weeks)" the review is itself a promise.
     */
    private static boolean reviewsActions(String paddedHeading) {
        for (String word : REVIEW_WORDS) {
            int review = paddedHeading.indexOf(word);
            int action = review < 0 ? -1 : paddedHeading.indexOf(" action", review + word.length());
            // "Recap and Action Items", "Look Back, Then Actions": a look back and then new actions, two things.
            if (action > review && !joinsTwoThings(paddedHeading.substring(review + word.length(), action + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean joinsTwoThings(String between) {
        return between.contains(" and ") || between.contains(" then ") || between.contains(" next ")
                || between.contains(" new ") || between.contains(" plus ");
    }

    /** "did we do", "did we finish": asking whether something was done ("what did we agree?" asks something else). */
    private static final String[] KEPT_QUESTIONS = {" did we do ", " did we keep ", " did we finish ",
            " did we deliver ", " did we complete ", " did we follow "};

    private static boolean asksWhetherKept(String paddedHeading) {
        return containsAny(paddedHeading, KEPT_QUESTIONS);
    }

    /** Words of looking back at something, at a word start. */
    private static final String[] REVIEW_WORDS = {" review", " revisit", " looking back", " look back", " recap"};

    private static boolean isReflective(String paddedHeading) {
        return containsAny(paddedHeading, REFLECTION_AT_WORD_START);
    }

    /** "epic 5", "Epic PAY-4: Disputes": an epic named with its number, and what follows a separator after it. */
    private static final java.util.regex.Pattern NUMBERED_EPIC = java.util.regex.Pattern.compile(
            "(?i)\\bepic\\s{1,3}[a-z]{0,6}-?\\d{1,9}(?:\\.\\d{1,9}){0,3}\\b(?:\\s{0,3}[:—–-]\\s{0,3}(.*))?");
    /** Words of a heading about getting ready for an epic rather than about the epic itself. */
    private static final String[] READINESS_WORDS = {" readiness", " ready", " prep", " preparation", " depend",
            " risk", " blocker", " prerequisite"};

    /**
     * "Next Epic: Epic 5 — Plot Inspections", "Looking Ahead to Epic 8", "Up Next — Epic 8: 2FA": a heading naming one
     * epic by its number, wherever in it, and not about getting ready for it ("Readiness for Epic 8 — Open
     * Dependencies": a list under that is readiness, not the epic's stories). A title after the epic decides.
     */
    static boolean namesTheNextEpicItself(String heading) {
        java.util.regex.Matcher numbered = NUMBERED_EPIC.matcher(heading);
        if (!numbered.find()) {
            return namesAnEpic(heading) && !isAboutReadiness(heading);
        }
        // "Next Epic Readiness — Epic 6: Lab Dip Approval" titles the epic; "Readiness for Epic 8 — Open
        // Dependencies" and "Readiness for Epic 8" are about getting ready.
        String title = numbered.group(1);
        return title != null && !title.isBlank() ? !isReadinessTitle(title) : !isAboutReadiness(heading);
    }

    /** Words that may open a readiness title before what it is about: "Open Dependencies", "Known Risks". */
    private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("open", "known", "key", "remaining",
            "outstanding");
    private static final String[] READINESS_OPENINGS = {"readiness", "ready", "prep", "depend", "risks", "blocker",
            "prerequisite"};

    /**
     * "Open Dependencies", "Risks and Blockers", "Readiness Checklist": a title after an epic's name that says what
     * the section holds about getting ready, by its first word ("Swarm Risk Early Warning" is an epic's title).
     */
    static boolean isReadinessTitle(String title) {
        for (String word : normalize(title).split(" ")) {
            if (!QUALIFIERS.contains(word)) {
                return java.util.Arrays.stream(READINESS_OPENINGS).anyMatch(word::startsWith);
            }
        }
        return false;
    }

    /** "Readiness for Epic 8", "Epic 8 Dependencies", "Preparation for Epic 8": about getting ready for an epic. */
    static boolean isAboutReadiness(String heading) {
        String padded = " " + normalize(heading) + " ";
        return containsAny(padded, READINESS_WORDS);
    }

    /** Words of a heading about what is to come rather than what was delivered, at word bounds. */
    private static final String[] AHEAD_WORDS = {" goal ", " goals ", " plan ", " plans ", " planning ", " next ",
            " backlog ", " roadmap ", " upcoming ", " future "};

    /** "Goals for Epic 4", "Sprint 4 plan", "Backlog": a heading about what is to come ("Planned vs actual" is not). */
    static boolean isAboutPlans(String heading) {
        String padded = " " + normalize(heading) + " ";
        return containsAny(padded, AHEAD_WORDS);
    }

    /** "Epic 2 recap", "Compared with Epic 2": a heading naming an epic by its number, wherever in it. */
    static boolean namesANumberedEpic(String heading) {
        return NUMBERED_EPIC.matcher(heading).find();
    }

    /** "Epic 5: Site Delivery Logistics", "### Epic 12 — …": a heading that names an epic before anything else. */
    static boolean namesAnEpic(String heading) {
        return normalize(heading).startsWith("epic ");
    }

    /** A normalized heading without the numbers it opens with: "8 next" → "next", "1 2 participants" → "participants". */
    static String unnumbered(String normalized) {
        int i = 0;
        while (i < normalized.length()) {
            int word = normalized.indexOf(' ', i);
            if (word < 0 || !isDigits(normalized, i, word)) {
                break;
            }
            i = word + 1;
        }
        return normalized.substring(i);
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return to > from;
    }

    /** Lower case, letters, digits, apostrophes and single spaces only: emoji, numbering and punctuation gone. */
    static String normalize(String heading) {
        StringBuilder out = new StringBuilder(heading.length());
        boolean space = true;
        for (int i = 0; i < heading.length(); ) {
            char c = heading.charAt(i);
            if (c < 0x80) {
                // ASCII, nearly all of any heading: the same tests as below without the code point look-ups.
                i++;
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'') {
                    out.append(c);
                    space = false;
                } else if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + ('a' - 'A')));
                    space = false;
                } else if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            int cp = heading.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '\'') {
                out.appendCodePoint(Character.toLowerCase(cp));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }
}
