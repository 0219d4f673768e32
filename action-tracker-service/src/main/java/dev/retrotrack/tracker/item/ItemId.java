package dev.retrotrack.tracker.item;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import dev.retrotrack.events.Epics;
import dev.retrotrack.events.ItemKind;

/**
 * Stable ids: the same item posted again (the same retro twice, or a corrected version) gets the same id, so it
 * updates instead of duplicating. Derived from team, epic, kind and the debt id (for debt items that have one) or
 * the normalized title. The id starts with the team ({@code phoenix~act-3f2a…}): items are stored per team, and the
 * id says where to look.
 */
public final class ItemId {

    /** Never in a team name (letters, digits, '.', '-', '_'). */
    private static final char SEPARATOR = '~';

    private ItemId() {
    }

    public static String of(String team, String epicId, ItemKind kind, String debtId, String title) {
        String key = kind == ItemKind.DEBT && debtId != null && !debtId.isBlank()
                ? "debt-id:" + debtId.strip().toUpperCase(Locale.ROOT)
                : "title:" + Titles.normalize(title);
        String material = team + "\n" + (epicId == null ? "" : Epics.canonical(epicId)) + "\n"
                + kind + "\n" + key;
        return team + SEPARATOR + (kind == ItemKind.DEBT ? "debt-" : "act-") + sha256(material).substring(0, 24);
    }

    /** The team an id belongs to; empty for text that is not an item id. */
    public static Optional<String> teamOf(String id) {
        int separator = id == null ? -1 : id.indexOf(SEPARATOR);
        return separator > 0 ? Optional.of(id.substring(0, separator)) : Optional.empty();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
