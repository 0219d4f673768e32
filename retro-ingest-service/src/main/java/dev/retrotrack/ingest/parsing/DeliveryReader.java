package dev.retrotrack.ingest.parsing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retrotrack.events.Retro;

/**
 * Planned and completed figures from metric tables ({@code Metric | Target | Actual}, {@code Metric | Value}),
 * field lines ({@code **Stories Completed:** 3/3 (100%)}) and, when those say nothing, prose ("All 8 stories
 * completed", "across 10 stories (35 story points)").
 */
final class DeliveryReader {

    /** Kinds of test a count may name: "15+ integration", "38 automated unit tests". */
    private static final String TEST_KINDS = "unit|integration|e2e|end-to-end|api|ui|regression|acceptance|contract"
            + "|property|component|smoke|snapshot|load|browser|functional|performance|security|visual";

    private static final Pattern ALL_STORIES = Pattern.compile(
            "\\ball (" + Numbers.DIGITS_OR_WORD + ") stories\\b[^.\\n]{0,60}?\\b(completed|delivered|done|finished|shipped"
                    + "|landed|merged|closed|released)", Pattern.CASE_INSENSITIVE);
    /**
     * "Four of the five stories shipped", "Seven of the eight stories are done": {@link #STORIES_FRACTION} in
     * words, with a verb saying they were done ("Two of the seven stories slipped" counts none done).
     */
    private static final Pattern STORIES_FRACTION_IN_WORDS = Pattern.compile(
            "\\b(" + Numbers.DIGITS_OR_WORD + ")\\s{1,10}(?:of|out\\s{1,10}of)\\s{1,10}(?:the\\s{1,10})?("
                    + Numbers.DIGITS_OR_WORD + ")\\s{1,10}stories\\s{1,10}(?:(?:were|are|got)\\s{1,10})?"
                    + "(?:completed|delivered|done|finished|shipped|closed|landed|merged|released)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "but" before a fraction: "all but one of the five stories shipped" is not one of five. */
    private static final Pattern ALL_BUT = Pattern.compile("\\ball\\s{1,10}but\\s{1,10}$");
    /**
     * "We took five stories into the epic": what was planned ("we pulled two stories into the epic" mid-way added
     * scope).
     */
    private static final Pattern STORIES_INTO = Pattern.compile(
            "\\b(?:took|brought|committed|planned)\\s{1,10}(" + Numbers.DIGITS_OR_WORD
                    + ")\\s{1,10}stories\\s{1,10}into\\s{1,10}(?:the|this)\\s{1,10}(?:epic|sprint)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "… and finished every one of them", "completed all of them": every story named before was done. */
    private static final Pattern DONE_EVERY_ONE = Pattern.compile(
            "\\b(?:closed|completed|finished|delivered|shipped|landed|merged)\\s{1,10}(?:every\\s{1,10}one|all|each)"
                    + "\\s{1,10}of\\s{1,10}them\\b", Pattern.CASE_INSENSITIVE);
    /** "34 points in total", "34 story points in all". */
    private static final Pattern POINTS_TOTAL = Pattern.compile(
            "\\b(\\d{1,9})\\s+(?:story\\s+)?points\\s+in\\s+(?:total|all)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STORIES_AND_POINTS = Pattern.compile(
            "\\b(\\d{1,9}) stories\\s*\\((\\d{1,9}) (?:story )?points\\)", Pattern.CASE_INSENSITIVE);
    /** "5 of the 7 stories", "7/8 stories", "8/8 (100%) stories". */
    private static final Pattern STORIES_FRACTION = Pattern.compile(
            "\\b(\\d{1,9})\\s*(?:/|of|out of)\\s*(?:the\\s+)?(\\d{1,9})\\s*(?:\\(\\d{1,3}\\s*%\\)\\s*)?stories\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "19 of 27 points", "16 of 21 pts", "23 story points delivered out of 23 planned", "34 points out of 34 planned",
     * "28 points out of 28 — …" (after a word saying the work was done).
     */
    private static final Pattern POINTS_FRACTION = Pattern.compile(
            // "34 points out of 34 planned": a bare "planned" may close the figure only when "points" opened it, so
            // "4 of the 5 planned features" is no points figure.
            "\\b(\\d{1,9})\\s*(?:(?:story\\s+)?points?\\s+(?:(?:delivered|completed|done)\\s+)?"
                    + "(?:/|of|out of)\\s*(?:the\\s+)?(\\d{1,9})\\s*(?:(?:story\\s+)?(?:points?|pts)|planned)"
                    + "|(?:/|of|out of)\\s*(?:the\\s+)?(\\d{1,9})\\s*(?:story\\s+)?(?:points?|pts)"
                    // "28 points out of 28 — nothing slipped", "28 pts delivered out of 30.": no word after the total,
                    // and only where the sentence says the work was done (see pointsInProse).
                    + "|(?:story\\s+)?(?:points?|pts)\\s+(?:(?:delivered|completed|done)\\s+)?(?:/|out of)\\s*(\\d{1,9})"
                    + "(?!\\s*[\\p{L}\\d]))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "closed with 8/8 stories and 40 story points". */
    private static final Pattern POINTS_DELIVERED = Pattern.compile(
            "\\b(?:delivered|closed|completed|shipped)\\b[^.\\n]{0,60}?\\b(\\d{1,9})\\s+story\\s+points\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "We planned 7 stories for 34 points and delivered 6 stories for 29 points", "committed to six stories (26
     * points)": a verb says which side each is.
     */
    private static final Pattern VERB_STORIES_FOR_POINTS = Pattern.compile(
            "\\b(planned|committed|delivered|completed|closed|shipped|finished)\\s{1,10}(?:to\\s{1,10})?("
                    + Numbers.DIGITS_OR_WORD + ")"
                    + "\\s{1,10}stories\\s{1,10}(?:(?:for|worth|totall?ing)\\s{1,10}|\\(\\s{0,3})(\\d{1,9})\\s{1,10}"
                    + "(?:story\\s{1,10})?(?:points|pts)\\b", Pattern.CASE_INSENSITIVE);
    /** "Committed 26 points · Completed 16 points", as a sprint report line writes them. */
    private static final Pattern VERB_POINTS = Pattern.compile(
            "\\b(planned|committed|delivered|completed|closed|done)\\s{1,10}(?:to\\s{1,10})?(\\d{1,9})\\s{1,10}"
                    + "(?:story\\s{1,10})?(?:points|pts)\\b", Pattern.CASE_INSENSITIVE);
    /** "30 points planned, 30 points delivered": the count before the verb. */
    private static final Pattern POINTS_THEN_VERB = Pattern.compile(
            "\\b(\\d{1,9})\\s{1,10}(?:story\\s{1,10})?(?:points|pts)\\s{1,10}"
                    + "(planned|committed|delivered|completed|closed|done|shipped|finished)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "27 tests added", "38 automated tests added", "54 tests were added": the count before the verb, with up to
     * two words saying what kind of tests ("The 3 slowest tests added 4 minutes" counts none).
     */
    private static final Pattern TESTS_THEN_ADDED = Pattern.compile(
            "\\b(\\d[\\d,]{0,12})\\+?\\s{1,10}(?:(?:new|more|extra|automated|" + TEST_KINDS + ")\\s{1,10}){0,2}"
                    + "tests?\\s{1,10}(?:(?:were|was|got)\\s{1,10})?(?:added|written)\\b", Pattern.CASE_INSENSITIVE);
    /** "Tests: +96 integration, +31 unit". */
    private static final Pattern TESTS_BREAKDOWN = Pattern.compile(
            "\\btests?\\s*:\\s*((?:\\+?\\d[\\d,]{0,12}\\s+[a-z0-9-]+(?:\\s*,\\s*|\\s+and\\s+|\\s*$|\\s*\\.))+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAKDOWN_NUMBER = Pattern.compile("\\+?(\\d[\\d,]{0,12})\\s+[a-z0-9-]+",
            Pattern.CASE_INSENSITIVE);
    /** "15+ UI tests", "60 unit tests", "1,200 integration tests". */
    private static final Pattern TEST_PART = Pattern.compile(
            "(\\d[\\d,]{0,12})\\+?\\s+(?:[a-z0-9/-]+\\s+){1,2}tests?\\b", Pattern.CASE_INSENSITIVE);
    /** "brought 42 new tests with it", "37 new unit tests": new tests are added ones, whatever the verb. */
    private static final Pattern NEW_TESTS = Pattern.compile(
            "\\b(\\d[\\d,]{0,12})\\+?\\s{1,10}new\\s{1,10}(?:[a-z-]{1,30}\\s{1,10})?tests\\b", Pattern.CASE_INSENSITIVE);
    /** "8 stories worth 34 points": what was planned. */
    private static final Pattern STORIES_WORTH_POINTS = Pattern.compile(
            "\\b(\\d{1,9}) stories\\s{1,10}(?:worth|totall?ing|of)\\s{1,10}(\\d{1,9}) (?:story )?points\\b",
            Pattern.CASE_INSENSITIVE);
    /** "closed 6 of them (26 points)", "finished 7 of them": the completed part of stories named before. */
    private static final Pattern DONE_OF_THEM = Pattern.compile(
            "\\b(?:closed|completed|finished|delivered|shipped|landed|merged|done)\\s{1,10}(" + Numbers.DIGITS_OR_WORD
                    + ")\\s{1,10}of\\s{1,10}(?:them|those)\\b"
                    + "(?:\\s{0,10}\\((\\d{1,9})\\s{1,10}(?:story\\s{1,10})?points?\\)"
                    + "|,\\s{1,10}(\\d{1,9})\\s{1,10}(?:story\\s{1,10})?points?\\b)?", Pattern.CASE_INSENSITIVE);
    /**
     * "All 6 stories completed (27 points)", "6 stories completed, 24 points", "All 6 stories completed — 27 points":
     * the stories done and their points.
     */
    private static final Pattern STORIES_DONE_WITH_POINTS = Pattern.compile(
            "\\b(\\d{1,9})\\s{1,10}stories\\s{1,10}(?:completed|delivered|done|finished|shipped|closed)\\s{0,10}"
                    + "(?:\\(|,\\s{0,10}|[—–-]\\s{1,10})(\\d{1,9})\\s{1,10}(?:story\\s{1,10})?(?:points?|pts)(?:\\)|(?=\\s{0,10}(?:[,.;]|and\\b|$)))",
            Pattern.CASE_INSENSITIVE);
    /**
     * "finished all seven", "delivered all 8 stories", "shipped all five (21 points)": every story named before was
     * done, with the points done in brackets if given. Only stories, "of them", the points or the end of the clause
     * may follow ("completed all 3 action items" counts no stories).
     */
    private static final Pattern DONE_ALL = Pattern.compile(
            "\\b(?:closed|completed|finished|delivered|shipped|landed|merged)\\s{1,10}all\\s{1,10}("
                    + Numbers.DIGITS_OR_WORD + ")(?:\\s{0,10}\\((\\d{1,9})\\s{1,10}(?:story\\s{1,10})?(?:points?|pts)\\)"
                    + "|(?=\\s{0,10}(?:stories\\b|of\\s{1,10}them\\b|[.,;:!)—–]|$)))",
            Pattern.CASE_INSENSITIVE);
    /** How far before its "all" a {@link #DONE_ALL} match can start: "completed" and ten spaces. */
    private static final int DONE_VERB_REACH = 19;
    /** How far before "tests" a {@link #TESTS_ADDED} match can start ("added  1,234,567 automated tests"). */
    private static final int TESTS_ADDED_REACH = 64;
    /** What a {@link #TESTS_ADDED} match starts with (lower case, as the prose it reads). */
    private static final String[] TESTS_ADDED_OPENINGS = {"added", "adding", "wrote", "grew", "gained", "+"};
    /**
     * "We added 212 tests", "added about 120 automated tests", "+74 tests", "…, adding 48 tests along the way" ("adding"
     * only in a clause after a comma: "we kept adding flaky tests", "instead of adding 40 tests" added none).
     */
    private static final Pattern TESTS_ADDED = Pattern.compile(
            "(?:\\badded\\s+|,\\s{0,3}adding\\s+|\\bwrote\\s+|\\bgrew\\s+by\\s+|\\bgained\\s+|\\+)(?:about\\s+|around\\s+|roughly\\s+|some\\s+)?"
                    + "~?(\\d[\\d,]{0,12})\\+?\\s+"
                    + "(?:new\\s+|automated\\s+|[a-z-]+\\s+(?:and\\s+[a-z-]+\\s+)?)?tests\\b",
            Pattern.CASE_INSENSITIVE);

    private Integer storiesPlanned;
    private Integer storiesCompleted;
    private Integer pointsPlanned;
    private Integer pointsCompleted;
    private Integer testsAdded;
    private boolean testsFromTotal;
    private final Warnings warnings;

    DeliveryReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** A labelled figure: the label says what it is; planned and actual may both be given. */
    void figure(String label, String planned, String actual, int line) {
        String l = label.toLowerCase(Locale.ROOT);
        boolean stories = l.contains("stor");
        boolean points = l.contains("point") || l.equals("velocity");
        boolean tests = l.contains("test") && !l.contains("fail") && !l.contains("scenario");
        if (!stories && !points && !tests) {
            return;
        }
        Numbers.Fraction fraction = Numbers.plannedAndDone(actual);
        if (fraction == null) {
            fraction = Numbers.fraction(actual);
            if (fraction != null && namesPlannedFirst(l)) {
                // "Story points (committed / delivered) | 38 / 33": the label says which side each number is.
                fraction = new Numbers.Fraction(fraction.total(), fraction.done());
            }
        }
        Integer actualValue = value(actual, label, line);
        Integer plannedValue = value(planned, label, line);
        boolean done = l.contains("complet") || l.contains("deliver") || l.contains("done") || l.contains("achiev")
                || l.contains("finish");
        if (!done && plannedValue == null && fraction == null && actualValue != null && allDone(actual)) {
            // "Story points | 23 (all delivered)": one figure that is both what was planned and what was done.
            fraction = new Numbers.Fraction(actualValue, actualValue);
        }
        if (stories && !points) {
            if (fraction != null) {
                storiesCompleted = first(storiesCompleted, fraction.done());
                storiesPlanned = first(storiesPlanned, fraction.total());
            } else if (done || plannedValue != null) {
                storiesCompleted = first(storiesCompleted, actualValue);
                storiesPlanned = first(storiesPlanned, plannedValue);
            } else {
                storiesPlanned = first(storiesPlanned, actualValue);
            }
        } else if (points) {
            if (fraction != null) {
                pointsCompleted = first(pointsCompleted, fraction.done());
                pointsPlanned = first(pointsPlanned, fraction.total());
            } else if (done || plannedValue != null) {
                pointsCompleted = first(pointsCompleted, actualValue);
                pointsPlanned = first(pointsPlanned, plannedValue);
            } else {
                pointsPlanned = first(pointsPlanned, actualValue);
            }
        } else if (actualValue != null) {
            // "15+ UI tests, 60 unit tests": the parts of a breakdown add up, unless the value says its own total
            // ("15+ integration, ~70 unit (85 total)").
            Integer breakdown = sumOfParts(actual);
            if (breakdown != null) {
                // "15+ integration, ~70 unit (85 total)": a breakdown's own total, else its parts added up. A total
                // beside one count ("12 (340 total)") is the suite's size, not what was added.
                Integer total = ownTotal(actual);
                actualValue = total != null ? total : breakdown;
            }
            // "Total automated tests" beats a partial count such as "Unit tests added".
            boolean total = l.contains("total");
            if (testsAdded == null || total && !testsFromTotal) {
                testsAdded = actualValue;
                testsFromTotal = total;
            }
        }
    }

    private static final java.util.Set<String> PLANNED_WORDS = java.util.Set.of("planned", "committed", "target",
            "targeted", "forecast", "scoped", "estimated");
    private static final java.util.Set<String> DONE_WORDS = java.util.Set.of("done", "delivered", "completed",
            "closed", "finished", "shipped", "achieved", "actual");

    /** "23 (all delivered)", "5 (all done)": a value whose brackets say every planned unit was done. */
    private static boolean allDone(String value) {
        if (value == null) {
            return false;
        }
        int open = value.indexOf("(all ");
        if (open < 0) {
            return false;
        }
        int close = value.indexOf(')', open);
        String said = value.substring(open + 5, close < 0 ? value.length() : close).strip().toLowerCase(Locale.ROOT);
        return DONE_WORDS.contains(said);
    }

    /** "points (committed / delivered)", "planned/done": a label naming the planned side before the done side. */
    private static boolean namesPlannedFirst(String lowerLabel) {
        int slash = lowerLabel.indexOf('/');
        if (slash <= 0) {
            return false;
        }
        int start = slash;
        while (start > 0 && Character.isWhitespace(lowerLabel.charAt(start - 1))) {
            start--;
        }
        int wordStart = start;
        while (wordStart > 0 && Character.isLetter(lowerLabel.charAt(wordStart - 1))) {
            wordStart--;
        }
        int end = slash + 1;
        while (end < lowerLabel.length() && Character.isWhitespace(lowerLabel.charAt(end))) {
            end++;
        }
        int wordEnd = end;
        while (wordEnd < lowerLabel.length() && Character.isLetter(lowerLabel.charAt(wordEnd))) {
            wordEnd++;
        }
        return PLANNED_WORDS.contains(lowerLabel.substring(wordStart, start))
                && DONE_WORDS.contains(lowerLabel.substring(end, wordEnd));
    }

    /** The sum of "N kind tests" parts when a value lists two or more, else {@code null}. */
    private static Integer sumOfParts(String value) {
        Matcher part = TEST_PART.matcher(value);
        long sum = 0;
        int count = 0;
        while (part.find()) {
            sum += Long.parseLong(part.group(1).replace(",", ""));
            count++;
        }
        return count >= 2 ? count(sum) : kindsAddedUp(value);
    }

    /** "(85 total)", "85 in total", "total: 85": a breakdown's own total ("total 5 suites" is none). */
    private static final Pattern OWN_TOTAL = Pattern.compile(
            "(?i)\\b(\\d[\\d,]{0,12})\\s{0,3}(?:in\\s{1,3})?total\\b|\\btotal\\s{0,3}:\\s{0,3}(\\d[\\d,]{0,12})\\b");
    /** One part of a breakdown by kind: "15+ integration", "~70 unit", "12 end-to-end" ("3 removed" is none). */
    private static final Pattern KIND_PART = Pattern.compile(
            "(?i)^[~+]?(\\d[\\d,]{0,12})\\+?\\s{1,3}(?:" + TEST_KINDS + ")(?:\\s{1,3}tests?)?$");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]{0,200}\\)");
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*(?:[,;]|\\band\\b)\\s*");

    private static Integer ownTotal(String value) {
        if (value == null || !value.toLowerCase(Locale.ROOT).contains("total")) {
            return null;
        }
        Matcher total = OWN_TOTAL.matcher(value);
        return total.find() ? count(total.group(1) != null ? total.group(1) : total.group(2)) : null;
    }

    /** "15+ integration, ~70 unit": every part a count and a kind of test, two at least; their sum. */
    private static Integer kindsAddedUp(String value) {
        String[] parts = PART_SEPARATOR.split(BRACKETED.matcher(value).replaceAll(" ").strip());
        if (parts.length < 2) {
            return null;
        }
        long sum = 0;
        for (String part : parts) {
            Matcher kind = KIND_PART.matcher(part.strip());
            if (!kind.matches()) {
                return null;
            }
            sum += Long.parseLong(kind.group(1).replace(",", ""));
        }
        return count(sum);
    }

    /** Whether {@link #prose} could still tell anything: it only fills figures that are unknown. */
    boolean wantsProse() {
        return storiesPlanned == null || storiesCompleted == null || pointsPlanned == null || pointsCompleted == null
                || testsAdded == null;
    }

    /** Figures written in sentences; used only for what tables and fields left unknown. */
    void prose(String text) {
        // The patterns below have no literal prefix, so they are tried at every position: run them only over the
        // lines that mention their word (most lines mention none).
        String lower = text.toLowerCase(Locale.ROOT);
        // Each part only fills what is unknown, so a part whose figures are all known is skipped.
        String tests = testsAdded != null ? "" : linesMentioning(lower, "test");
        if (!tests.isEmpty()) {
            testsInProse(tests);
        }
        // "16 of 21 pts" abbreviates them. Points prose also fills stories ("planned 7 stories for 34 points").
        String points = pointsCompleted != null && pointsPlanned != null && storiesPlanned != null
                && storiesCompleted != null ? ""
                : linesMentioning(lower, "point") + linesMentioning(lower, " pts");
        if (!points.isEmpty()) {
            pointsInProse(points);
        }
        // Stories prose also fills completed points ("closed 6 of them (26 points)").
        String stories = storiesCompleted != null && storiesPlanned != null && pointsPlanned != null
                && pointsCompleted != null ? "" : linesMentioning(lower, "stories");
        if (!stories.isEmpty()) {
            storiesInProse(stories);
        }
    }

    /**
     * The lines of {@code lower} (the text lower-cased: the patterns ignore case and capture only numbers) containing
     * {@code word}, in order. A line is a whole paragraph or list entry ({@link Markdown#prose}), so a sentence
     * wrapped over several source lines is one.
     */
    private static String linesMentioning(String lower, String word) {
        StringBuilder kept = new StringBuilder();
        int at = lower.indexOf(word);
        while (at >= 0) {
            int start = lower.lastIndexOf('\n', at) + 1;
            int end = lower.indexOf('\n', at);
            end = end < 0 ? lower.length() : end;
            kept.append(lower, start, end).append('\n');
            at = lower.indexOf(word, end);
        }
        return kept.toString();
    }

    private void testsInProse(String text) {
        // Tried only where "test" occurs (the text is lower case): the patterns have no literal prefix, and trying
        // them at every position costs more than the rest of the prose reading.
        for (int at = text.indexOf("test"); at >= 0; at = text.indexOf("test", at + 1)) {
            int from = Math.max(0, at - TESTS_ADDED_REACH);
            int to = Math.min(text.length(), at + 6);
            if (mayAddTests(text, from, to)) {
                Matcher added = TESTS_ADDED.matcher(text).useTransparentBounds(true).region(from, to);
                if (added.find()) {
                    testsAdded = first(testsAdded, count(added.group(1)));
                    break;
                }
            }
            if (holdsWithin(text, "new", from, to)) { // every NEW_TESTS match holds "new"
                Matcher fresh = NEW_TESTS.matcher(text).useTransparentBounds(true).region(from, to);
                if (fresh.find()) {
                    testsAdded = first(testsAdded, count(fresh.group(1)));
                    break;
                }
            }
            Matcher after = TESTS_THEN_ADDED.matcher(text).useTransparentBounds(true)
                    .region(Math.max(0, at - TESTS_ADDED_REACH), Math.min(text.length(), at + 24));
            if (after.find()) {
                testsAdded = first(testsAdded, count(after.group(1)));
                break;
            }
        }
        for (int at = text.indexOf("test"); at >= 0; at = text.indexOf("test", at + 1)) {
            int lineEnd = text.indexOf('\n', at);
            Matcher breakdown = TESTS_BREAKDOWN.matcher(text).useTransparentBounds(true)
                    .region(at, lineEnd < 0 ? text.length() : lineEnd);
            if (breakdown.lookingAt()) {
                long sum = 0;
                Matcher number = BREAKDOWN_NUMBER.matcher(breakdown.group(1));
                while (number.find()) {
                    sum += Long.parseLong(number.group(1).replace(",", ""));
                }
                testsAdded = first(testsAdded, count(sum));
                break;
            }
        }
    }

    /** Whether {@code [from, to)} holds a word {@link #TESTS_ADDED} starts with; a match lies inside its region. */
    private static boolean mayAddTests(String lower, int from, int to) {
        for (String opening : TESTS_ADDED_OPENINGS) {
            if (holdsWithin(lower, opening, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} lies wholly inside {@code [from, to)} of {@code lower}. */
    private static boolean holdsWithin(String lower, String word, int from, int to) {
        int at = lower.indexOf(word, from, to); // bounded: an unbounded search per mention would be quadratic
        return at >= 0 && at + word.length() <= to;
    }

    private void pointsInProse(String text) {
        Matcher total = text.contains("total") || text.contains("all") ? Cues.findNumberLed(POINTS_TOTAL, text) : null;
        if (total != null) {
            int points = Integer.parseInt(total.group(1));
            pointsCompleted = first(pointsCompleted, points);
            if (allStoriesDoneInLineOf(text, total.start())) {
                // "All 8 stories completed, 34 points in total": every story is done, so the total was also the plan.
                pointsPlanned = first(pointsPlanned, points);
            }
        }
        Matcher delivered = POINTS_DELIVERED.matcher(text);
        if (text.contains("story") && delivered.find()) {
            pointsCompleted = first(pointsCompleted, Integer.parseInt(delivered.group(1)));
        }
        Matcher points = Cues.findNumberLed(POINTS_FRACTION, text);
        if (points != null && points.group(4) != null && !saysDoneBefore(text, points.start())) {
            // "Tech debt took 6 points out of 30" is a share, not what was delivered of the plan.
            points = null;
        }
        if (points != null) {
            pointsCompleted = first(pointsCompleted, Integer.parseInt(points.group(1)));
            String planned = points.group(2) != null ? points.group(2)
                    : points.group(3) != null ? points.group(3) : points.group(4);
            pointsPlanned = first(pointsPlanned, Integer.parseInt(planned));
        }
        for (Matcher sided = VERB_STORIES_FOR_POINTS.matcher(text); sided.find(); ) {
            // "committed seven stories for 30 points": a count of stories may be written as a word.
            if (isPlanned(sided.group(1))) {
                storiesPlanned = first(storiesPlanned, Numbers.digitsOrWord(sided.group(2)));
                pointsPlanned = first(pointsPlanned, Integer.parseInt(sided.group(3)));
            } else {
                storiesCompleted = first(storiesCompleted, Numbers.digitsOrWord(sided.group(2)));
                pointsCompleted = first(pointsCompleted, Integer.parseInt(sided.group(3)));
            }
        }
        sidedPoints(VERB_POINTS.matcher(text), 1, 2);
        sidedPoints(POINTS_THEN_VERB.matcher(text), 2, 1);
    }

    /** Words saying the work was done, before a bare "N points out of M". */
    private static final Pattern DONE_BEFORE = Pattern.compile(
            "\\b(?:completed|delivered|done|finished|closed|shipped|landed|achieved|burned)\\b");

    /** Whether the sentence holding {@code at} says, before it, that the work was done ("All 6 stories completed, …"). */
    private static boolean saysDoneBefore(String text, int at) {
        int start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf(". ", at)) + 1;
        return DONE_BEFORE.matcher(text).region(start, at).find();
    }

    /** Points a verb says the side of: "planned 30 points", "28 points delivered". */
    private void sidedPoints(Matcher sided, int verbGroup, int numberGroup) {
        while (sided.find()) {
            int points = Integer.parseInt(sided.group(numberGroup));
            if (isPlanned(sided.group(verbGroup))) {
                pointsPlanned = first(pointsPlanned, points);
            } else {
                pointsCompleted = first(pointsCompleted, points);
            }
        }
    }

    /** Whether the line holding {@code at} also says that all its stories were completed. */
    private static boolean allStoriesDoneInLineOf(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        String line = text.substring(start, end < 0 ? text.length() : end);
        return line.contains("all ") && ALL_STORIES.matcher(line).find();
    }

    /** "planned" and "committed" name what was planned; the other verbs what was done. */
    private static boolean isPlanned(String verb) {
        return verb.equalsIgnoreCase("planned") || verb.equalsIgnoreCase("committed");
    }

    private void storiesInProse(String text) {
        Matcher fraction = Cues.findNumberLed(STORIES_FRACTION, text);
        if (fraction != null) {
            storiesCompleted = first(storiesCompleted, Integer.parseInt(fraction.group(1)));
            storiesPlanned = first(storiesPlanned, Integer.parseInt(fraction.group(2)));
        }
        Matcher inWords = fraction != null || !text.contains("of") ? null
                : STORIES_FRACTION_IN_WORDS.matcher(text);
        if (inWords != null && inWords.find() && !ALL_BUT.matcher(text).region(
                Math.max(0, inWords.start() - 20), inWords.start()).find()) {
            storiesCompleted = first(storiesCompleted, Numbers.digitsOrWord(inWords.group(1)));
            storiesPlanned = first(storiesPlanned, Numbers.digitsOrWord(inWords.group(2)));
        }
        Matcher into = text.contains(" into ") ? STORIES_INTO.matcher(text) : null;
        if (into != null && into.find()) {
            storiesPlanned = first(storiesPlanned, Numbers.digitsOrWord(into.group(1)));
        }
        Matcher all = ALL_STORIES.matcher(text);
        if (text.contains("all ") && all.find()) {
            int n = Numbers.digitsOrWord(all.group(1));
            storiesPlanned = first(storiesPlanned, n);
            storiesCompleted = first(storiesCompleted, n);
        }
        Matcher both = text.contains("points") ? Cues.findNumberLed(STORIES_AND_POINTS, text) : null;
        if (both != null) {
            storiesPlanned = first(storiesPlanned, Integer.parseInt(both.group(1)));
            pointsPlanned = first(pointsPlanned, Integer.parseInt(both.group(2)));
        }
        Matcher worth = text.contains("points") ? Cues.findNumberLed(STORIES_WORTH_POINTS, text) : null;
        if (worth != null) {
            storiesPlanned = first(storiesPlanned, Integer.parseInt(worth.group(1)));
            pointsPlanned = first(pointsPlanned, Integer.parseInt(worth.group(2)));
        }
        // "We committed to 7 stories (31 points) and closed 6 of them (26 points)": only after stories were named.
        Matcher ofThem = storiesPlanned == null || !text.contains("them") && !text.contains("those") ? null
                : DONE_OF_THEM.matcher(text);
        Matcher withPoints = Cues.findNumberLed(STORIES_DONE_WITH_POINTS, text);
        if (withPoints != null) {
            int done = Integer.parseInt(withPoints.group(2));
            storiesCompleted = first(storiesCompleted, Integer.parseInt(withPoints.group(1)));
            pointsCompleted = first(pointsCompleted, done);
            if (allStoriesDoneInLineOf(text, withPoints.start())) {
                // "All 6 stories completed (27 points)": every story done, so those points were the plan too.
                pointsPlanned = first(pointsPlanned, done);
            }
        }
        Matcher doneAll = storiesPlanned == null || !text.contains("all ") ? null : DONE_ALL.matcher(text);
        // Tried only just before each "all" (the verb's length and its spaces): the pattern has no literal prefix.
        if (doneAll != null && Cues.findNear(doneAll, text, text, "all", DONE_VERB_REACH, 60, 0)
                && storiesPlanned.equals(Numbers.digitsOrWord(doneAll.group(1)))) {
            // "We planned seven stories for 34 points and finished all seven": the count repeats the plan.
            storiesCompleted = first(storiesCompleted, storiesPlanned);
            if (doneAll.group(2) != null) {
                pointsCompleted = first(pointsCompleted, Integer.parseInt(doneAll.group(2)));
            }
        }
        Matcher everyOne = storiesPlanned == null || !text.contains(" of them") ? null : DONE_EVERY_ONE.matcher(text);
        if (everyOne != null && everyOne.find() && storiesEarlierInSentence(text, everyOne.start())) {
            storiesCompleted = first(storiesCompleted, storiesPlanned);
        }
        if (ofThem != null && ofThem.find()) {
            // "… and finished six of them, 27 points": the count may be a word, the points bracketed or after a
            // comma.
            storiesCompleted = first(storiesCompleted, Numbers.digitsOrWord(ofThem.group(1)));
            String points = ofThem.group(2) != null ? ofThem.group(2) : ofThem.group(3);
            if (points != null) {
                pointsCompleted = first(pointsCompleted, Integer.parseInt(points));
            }
        }
    }

    /**
     * Whether the sentence holding {@code at} names stories before it, so "them" there are the stories: "We took five
     * stories into the epic … and finished every one of them", not "Four bugs came in and we closed all of them".
     */
    private static boolean storiesEarlierInSentence(String text, int at) {
        int start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf(". ", at)) + 1;
        int stories = text.indexOf("stories", start);
        return stories >= 0 && stories < at;
    }

    Retro.Delivery delivery() {
        // "Stories completed | 8/8" beside "Story points | 41": with every planned story done, the points planned
        // were the points done.
        // The other way too: "five stories, 21 points in all, and finished every one of them" planned those points.
        boolean everyStoryDone = storiesPlanned != null && storiesPlanned.equals(storiesCompleted);
        Integer pointsDone = pointsCompleted == null && everyStoryDone ? pointsPlanned : pointsCompleted;
        Integer pointsPlan = pointsPlanned == null && everyStoryDone ? pointsDone : pointsPlanned;
        return new Retro.Delivery(storiesPlanned, storiesCompleted, pointsPlan, pointsDone, testsAdded);
    }

    private Integer value(String text, String label, int line) {
        Numbers.Reading reading = Numbers.first(text);
        if (reading == null) {
            return null;
        }
        if (reading.approximate()) {
            warnings.add(line, "'" + label + "' is approximate (" + text.strip() + "); taken as " + reading.value());
        }
        return reading.value();
    }

    /**
     * A count written with up to 13 digits and commas ("1,234"), or null when it does not fit an int: no team adds
     * billions of tests, and a number that large must not fail the whole parse.
     */
    private static Integer count(String digits) {
        return count(Long.parseLong(digits.replace(",", "")));
    }

    private static Integer count(long value) {
        return value <= Integer.MAX_VALUE ? (int) value : null;
    }

    private static Integer first(Integer known, Integer candidate) {
        return known != null ? known : candidate;
    }
}
