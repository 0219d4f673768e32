package dev.retrotrack.tracker.item;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retrotrack.events.Epics;
import dev.retrotrack.events.Priority;

/**
 * Turns a deadline as retros write it into a {@link Due}. Dates in any common form are taken as written, and so are
 * periods counted from the retro ("in 2 weeks", "next week", "end of month", "end of sprint"); phrases
 * that name no date resolve by policy: the service-level period of the item's priority counted from the retro date,
 * the sprint length for "end of sprint", or a milestone ("Before Epic 9", "DM-11") that falls due when that epic
 * arrives. A phrase nobody can read also gets the service level, and says so, rather than no due date.
 *
 * @param serviceLevels   how long an item of each priority may stay open
 * @param unknownPriority whose service level applies when the item has no priority
 * @param sprintLength    for "end of sprint"
 */
public record DueDatePolicy(Map<Priority, Period> serviceLevels, Priority unknownPriority, Period sprintLength) {

    /** CRITICAL 7 days, HIGH 14, MEDIUM 30, LOW 90; unknown priority as MEDIUM; two-week sprints. */
    public static final DueDatePolicy DEFAULT = new DueDatePolicy(Map.of(Priority.CRITICAL, Period.ofDays(7),
            Priority.HIGH, Period.ofDays(14), Priority.MEDIUM, Period.ofDays(30), Priority.LOW, Period.ofDays(90)),
            Priority.MEDIUM, Period.ofDays(14));

    /** A date written without a year this long before the retro is taken as next year's. */
    private static final Period PAST_DATE_TOLERANCE = Period.ofDays(31);

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?(?![a-z])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d:])");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern QUARTER = Pattern.compile("\\bq([1-4])(?:\\s*(?:of\\s+)?'?(\\d{4}|\\d{2}))?\\b");
    private static final Pattern IN_PERIOD = Pattern.compile("\\b(?:in|within)\\s+(\\d{1,3})\\s+(day|week|month)s?\\b");
    private static final Pattern EPIC_MILESTONE = Pattern.compile(
            "\\bepic\\b[\\s#:-]*([a-z0-9]*\\d[a-z0-9]*(?:[.-][a-z0-9]+)*)");
    /** A bare epic key such as "DM-11" or "Before PAY-3.1". */
    private static final Pattern EPIC_KEY = Pattern.compile(
            "^(?:(?i:before|by|in|during|after)\\s+)?([A-Z][A-Z0-9]{0,9}-\\d+(?:\\.\\d+)?)$");

    public DueDatePolicy {
        serviceLevels = Map.copyOf(new EnumMap<>(serviceLevels));
        Objects.requireNonNull(unknownPriority, "unknownPriority");
        Objects.requireNonNull(sprintLength, "sprintLength");
        for (Priority priority : Priority.values()) {
            if (!serviceLevels.containsKey(priority)) {
                throw new IllegalArgumentException("no service level for priority " + priority);
            }
        }
    }

    /**
     * @param phrase    the deadline as written; {@code null} or blank when none was given
     * @param priority  the item's priority; {@code null} when unknown
     * @param retroDate the date of the retro that raised the item
     */
    public Due resolve(String phrase, Priority priority, LocalDate retroDate) {
        Objects.requireNonNull(retroDate, "retroDate");
        String written = phrase == null || phrase.isBlank() ? null : phrase.strip();
        if (written == null) {
            return serviceLevel(null, priority, retroDate);
        }
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.contains("backlog") || lower.equals("tbd") || lower.contains("someday") || lower.contains("icebox")) {
            return new Due(written, null, Due.Basis.BACKLOG, null);
        }
        Optional<LocalDate> date = explicitDate(lower, retroDate);
        if (date.isPresent()) {
            return new Due(written, date.get(), Due.Basis.EXPLICIT, null);
        }
        if (lower.contains("end of sprint") || lower.contains("end of the sprint") || lower.contains("this sprint")
                || lower.contains("current sprint") || lower.equals("sprint end")) {
            return new Due(written, retroDate.plus(sprintLength), Due.Basis.EXPLICIT, null);
        }
        Optional<LocalDate> relative = relativeToRetro(lower, retroDate);
        if (relative.isPresent()) {
            return new Due(written, relative.get(), Due.Basis.EXPLICIT, null);
        }
        Optional<String> milestone = milestone(written, lower);
        if (milestone.isPresent()) {
            return new Due(written, null, Due.Basis.MILESTONE, milestone.get());
        }
        boolean immediate = lower.equals("now") || lower.contains("immediate") || lower.contains("asap")
                || lower.contains("today") || lower.contains("urgent");
        return serviceLevel(written, immediate ? Priority.CRITICAL : priority, retroDate);
    }

    /** The service level applied to a date, for a person or a check that only knows the priority. */
    public LocalDate serviceLevelDate(Priority priority, LocalDate from) {
        return from.plus(serviceLevels.get(priority == null ? unknownPriority : priority));
    }

    private Due serviceLevel(String written, Priority priority, LocalDate retroDate) {
        return new Due(written, serviceLevelDate(priority, retroDate), Due.Basis.SERVICE_LEVEL, null);
    }

    private static Optional<LocalDate> explicitDate(String lower, LocalDate retroDate) {
        try {
            Matcher iso = ISO.matcher(lower);
            if (iso.find()) {
                return Optional.of(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
            }
            Matcher numeric = NUMERIC.matcher(lower);
            if (numeric.find()) {
                int first = num(numeric, 1);
                int second = num(numeric, 2);
                int year = num(numeric, 3) < 100 ? 2000 + num(numeric, 3) : num(numeric, 3);
                // Day first (15/01/2026) unless only month first can be right (01/15/2026).
                boolean monthFirst = first <= 12 && second > 12;
                return Optional.of(monthFirst ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first));
            }
            Matcher dayMonth = DAY_MONTH.matcher(lower);
            if (dayMonth.find()) {
                return Optional.of(dated(month(dayMonth.group(2)), num(dayMonth, 1), dayMonth.group(3), retroDate));
            }
            Matcher monthDay = MONTH_DAY.matcher(lower);
            if (monthDay.find()) {
                return Optional.of(dated(month(monthDay.group(1)), num(monthDay, 2), monthDay.group(3), retroDate));
            }
            Matcher monthYear = MONTH_YEAR.matcher(lower);
            if (monthYear.find()) {
                return Optional.of(YearMonth.of(num(monthYear, 2), month(monthYear.group(1))).atEndOfMonth());
            }
            Matcher quarter = QUARTER.matcher(lower);
            if (quarter.find()) {
                int q = num(quarter, 1);
                int year = quarter.group(2) == null ? retroDate.getYear()
                        : quarter.group(2).length() == 2 ? 2000 + num(quarter, 2) : num(quarter, 2);
                LocalDate end = YearMonth.of(year, q * 3).atEndOfMonth();
                return Optional.of(quarter.group(2) == null && end.isBefore(retroDate) ? end.plusYears(1) : end);
            }
        } catch (DateTimeException impossibleDate) {
            // "31/02/2026": not a date after all; the phrase falls through to the policy.
        }
        return Optional.empty();
    }

    /** "in 2 weeks", "within 10 days", "next week", "end of week", "end of month": counted from the retro date. */
    private static Optional<LocalDate> relativeToRetro(String lower, LocalDate retroDate) {
        Matcher in = IN_PERIOD.matcher(lower);
        if (in.find()) {
            int n = num(in, 1);
            return Optional.of(switch (in.group(2)) {
                case "day" -> retroDate.plusDays(n);
                case "week" -> retroDate.plusWeeks(n);
                default -> retroDate.plusMonths(n);
            });
        }
        if (lower.contains("next week")) {
            return Optional.of(retroDate.plusWeeks(1));
        }
        if (lower.contains("end of week") || lower.contains("end of the week") || lower.contains("this week")) {
            return Optional.of(retroDate.with(java.time.temporal.TemporalAdjusters.nextOrSame(
                    java.time.DayOfWeek.FRIDAY)));
        }
        if (lower.contains("end of month") || lower.contains("end of the month") || lower.contains("this month")) {
            return Optional.of(YearMonth.from(retroDate).atEndOfMonth());
        }
        if (lower.contains("next month")) {
            return Optional.of(YearMonth.from(retroDate).plusMonths(1).atEndOfMonth());
        }
        return Optional.empty();
    }

    /** A day and month; without a year, the retro's year, or the next one for dates well before the retro. */
    private static LocalDate dated(Month month, int day, String year, LocalDate retroDate) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day);
        }
        LocalDate sameYear = LocalDate.of(retroDate.getYear(), month, day);
        return sameYear.isBefore(retroDate.minus(PAST_DATE_TOLERANCE)) ? sameYear.plusYears(1) : sameYear;
    }

    private static Optional<String> milestone(String written, String lower) {
        Matcher epic = EPIC_MILESTONE.matcher(lower);
        if (epic.find()) {
            return Optional.of(Epics.canonical(epic.group(1)));
        }
        Matcher key = EPIC_KEY.matcher(written);
        return key.matches() ? Optional.of(Epics.canonical(key.group(1))) : Optional.empty();
    }

    private static Month month(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(abbreviation.substring(0, 3))) {
                return month;
            }
        }
        throw new DateTimeException("no month " + abbreviation);
    }

    private static int num(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
