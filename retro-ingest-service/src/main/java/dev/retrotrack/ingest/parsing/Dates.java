package dev.retrotrack.ingest.parsing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar dates as retros write them: {@code 2026-02-25}, {@code February 25, 2026}, {@code 25 Feb 2026}. */
final class Dates {

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})\\b");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));
    private static final Pattern WRITTEN_CANDIDATE = Pattern.compile(
            "\\b(\\d{1,2} [A-Z][a-z]+\\.? \\d{4}|[A-Z][a-z]+\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})\\b");

    // Compiled once: String.replaceAll compiles its regex on every call.
    private static final Pattern ORDINAL = Pattern.compile("(\\d)(st|nd|rd|th)");
    private static final Pattern DAY_WITH_YEAR = Pattern.compile("(\\d) (\\d{4})");

    private Dates() {
    }

    /** The first date in the text, or {@code null}. */
    static LocalDate parse(String text) {
        if (text == null || !Cues.hasDigit(text)) {
            // Both ways of writing a date have digits; most values tried as dates have none.
            return null;
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } catch (java.time.DateTimeException invalid) {
                return null;
            }
        }
        Matcher written = WRITTEN_CANDIDATE.matcher(text);
        if (written.find()) {
            String candidate = DAY_WITH_YEAR.matcher(ORDINAL.matcher(written.group(1)).replaceAll("$1")
                    .replace(".", "")).replaceAll("$1, $2");
            for (DateTimeFormatter format : WRITTEN) {
                try {
                    return LocalDate.parse(candidate, format);
                } catch (DateTimeParseException ignored) {
                    // try the next way of writing it
                }
                try {
                    return LocalDate.parse(written.group(1).replace(".", ""), format);
                } catch (DateTimeParseException ignored) {
                    // try the next way of writing it
                }
            }
        }
        return null;
    }
}
