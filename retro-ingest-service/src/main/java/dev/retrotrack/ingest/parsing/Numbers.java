package dev.retrotrack.ingest.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as retros write them: {@code 24,631}, {@code ~180}, {@code 15+}, {@code 8/8 (100%)}. Approximate ones
 * ({@code ~}, {@code +}, "about") are taken at face value and flagged so the caller can warn.
 */
final class Numbers {

    private static final Pattern FRACTION = Pattern.compile(
            "(\\d[\\d,]{0,12})\\s*(?:/|\\bof\\b|\\bout of\\b)\\s*(\\d[\\d,]{0,12})");
    private static final Pattern NUMBER = Pattern.compile("(~|≈|about |approx\\.? |around )?(\\d{1,3}(?:,\\d{3})+|\\d{1,9})"
            + "(\\+)?");

    /** "5 planned", "21 committed": the planned half of "5 planned / 5 done". */
    private static final Pattern PLANNED = Pattern.compile(
            "(?i)\\b(\\d{1,9})\\s{1,10}(?:planned|committed|targeted|scoped|forecast)\\b");
    /** "5 done", "21 delivered": the completed half. */
    private static final Pattern DONE = Pattern.compile(
            "(?i)\\b(\\d{1,9})\\s{1,10}(?:done|delivered|completed|closed|finished|shipped|achieved|merged)\\b");

    private Numbers() {
    }

    /** A whole number read from text. */
    record Reading(int value, boolean approximate) {
    }

    /** {@code done/total}, e.g. {@code 8/8 (100%)}. */
    record Fraction(int done, int total) {
    }

    static Reading first(String text) {
        if (text == null || !Cues.hasDigit(text)) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return null;
        }
        Integer value = toInt(m.group(2));
        return value == null ? null : new Reading(value, m.group(1) != null || m.group(3) != null);
    }

    private static final java.util.List<String> WORDS = java.util.List.of("zero", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen", "twenty");

    /** "8" or "eight" (up to twenty) as a number; {@code null} otherwise. */
    static Integer digitsOrWord(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit) && t.length() <= 9) {
            return Integer.parseInt(t);
        }
        int index = WORDS.indexOf(t);
        return index < 0 ? null : index;
    }

    /** A regex alternative matching what {@link #digitsOrWord} reads (built from the same words). */
    static final String DIGITS_OR_WORD = "\\d{1,9}|" + String.join("|", WORDS);

    static Fraction fraction(String text) {
        if (text == null || !Cues.hasDigit(text)) {
            return null;
        }
        Matcher m = FRACTION.matcher(text);
        if (!m.find()) {
            return null;
        }
        Integer done = toInt(m.group(1));
        Integer total = toInt(m.group(2));
        return done == null || total == null ? null : new Fraction(done, total);
    }

    /** "5 planned / 5 done", "21 committed, 21 delivered": both halves named, in either order. */
    static Fraction plannedAndDone(String text) {
        if (text == null || text.indexOf(' ') < 0) {
            return null;
        }
        Matcher planned = PLANNED.matcher(text);
        Matcher done = DONE.matcher(text);
        if (!planned.find() || !done.find()) {
            return null;
        }
        return new Fraction(Integer.parseInt(done.group(1)), Integer.parseInt(planned.group(1)));
    }

    private static Integer toInt(String digits) {
        String plain = digits.replace(",", "");
        if (plain.length() > 9) {
            return null;
        }
        return Integer.parseInt(plain);
    }
}
