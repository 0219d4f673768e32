package dev.retrotrack.ingest.parsing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retrotrack.events.Priority;

/** Priority words, codes and colour emoji as retros write them, normalized; {@code null} when not recognized. */
final class Priorities {

    private static final Pattern NUMBERED = Pattern.compile("\\bp(?:riority)?\\s*-?\\s*([0-3])\\b");

    private static final Pattern HIGH = Pattern.compile("\\bhigh\\b");
    private static final Pattern MEDIUM = Pattern.compile("\\bmed(ium)?\\b");
    private static final Pattern LOW = Pattern.compile("\\blow\\b");

    private Priorities() {
    }

    static Priority parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("🔴") || t.contains("critical") || t.contains("immediate") || t.contains("urgent")
                || t.contains("blocker")) {
            return Priority.CRITICAL;
        }
        if (t.contains("🟠") || HIGH.matcher(t).find()) {
            return Priority.HIGH;
        }
        if (t.contains("🟡") || MEDIUM.matcher(t).find()) {
            return Priority.MEDIUM;
        }
        if (t.contains("🟢") || LOW.matcher(t).find()) {
            return Priority.LOW;
        }
        Matcher numbered = NUMBERED.matcher(t);
        if (numbered.find()) {
            return Priority.values()[Integer.parseInt(numbered.group(1))];
        }
        return null;
    }
}
