package dev.retrotrack.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Epic ids as people write them: "Epic 9", "epic-9", "9", "DM-09" and "DM-9" name the epics they seem to. Every
 * service compares and labels epics by {@link #canonical} so a retro's epic, a sprint-status story's epic and an
 * item's epic meet.
 */
public final class Epics {

    private Epics() {
    }

    /** "Epic 09" → "9", "DM-09" → "DM-9", "epic-3-5" → "3-5"; {@code null} stays {@code null}. */
    public static String canonical(String epic) {
        if (epic == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : epic.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (part.isEmpty() || parts.isEmpty() && part.equals("EPIC")) {
                continue;
            }
            parts.add(part.chars().allMatch(Character::isDigit) ? stripZeros(part) : part);
        }
        return String.join("-", parts);
    }

    public static boolean sameEpic(String a, String b) {
        return a != null && b != null && canonical(a).equals(canonical(b));
    }

    private static String stripZeros(String digits) {
        String stripped = digits.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
