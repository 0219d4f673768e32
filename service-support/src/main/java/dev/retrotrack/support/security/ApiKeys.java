package dev.retrotrack.support.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.retrotrack.events.TeamName;

/**
 * The keys a service accepts, held as SHA-256 hashes. A presented key is hashed and compared with every configured
 * hash in constant time, all of them every time, so neither the comparison nor the position of a match tells an
 * attacker anything. Keys are long random strings, so a plain SHA-256 (no salt, no slow hash) is enough to make a
 * leaked hash useless.
 */
public final class ApiKeys {

    private static final String EVERY_TEAM = "*";
    private static final HexFormat HEX = HexFormat.of();

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @throws IllegalArgumentException naming the first key that is configured wrongly (no name, a hash that is not
     *                                  64 hex digits, a team name that is not valid, no team, two keys of one name)
     */
    public static ApiKeys of(List<ApiKeyProperties.Key> keys) {
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            ApiKeyProperties.Key key = keys.get(i);
            String where = "retrotrack.security.api-keys[" + i + "]";
            if (key.name() == null || key.name().isBlank()) {
                throw new IllegalArgumentException(where + ".name is missing");
            }
            if (!names.add(key.name())) {
                throw new IllegalArgumentException(where + ".name '" + key.name() + "' is used by another key");
            }
            byte[] hash = hashOf(key, where);
            if (entries.stream().anyMatch(entry -> MessageDigest.isEqual(entry.hash(), hash))) {
                throw new IllegalArgumentException(where + ".sha256 of key '" + key.name()
                        + "' is the hash of another configured key: one key, one entry");
            }
            entries.add(new Entry(hash, caller(key, where)));
        }
        return new ApiKeys(entries);
    }

    /** The hex SHA-256 of a key, as it is configured. */
    public static String sha256(String key) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The caller a presented key belongs to; empty when it is no configured key. */
    public Optional<Caller> find(String presentedKey) {
        byte[] presented = HEX.parseHex(sha256(presentedKey));
        Caller found = null;
        for (Entry entry : entries) {
            // No early exit: every hash is compared, whichever matches.
            if (MessageDigest.isEqual(entry.hash(), presented)) {
                found = entry.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] hashOf(ApiKeyProperties.Key key, String where) {
        String hex = key.sha256() == null ? "" : key.sha256().strip();
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(where + ".sha256 of key '" + key.name()
                    + "' must be the 64 hex digits of the key's SHA-256 (printf %s \"$KEY\" | sha256sum)");
        }
        return HEX.parseHex(hex.toLowerCase(java.util.Locale.ROOT));
    }

    private static Caller caller(ApiKeyProperties.Key key, String where) {
        if (key.teams().isEmpty()) {
            throw new IllegalArgumentException(where + ".teams of key '" + key.name()
                    + "' is empty: name its teams, or '*' for every team");
        }
        Set<String> teams = new HashSet<>();
        boolean allTeams = false;
        for (String team : key.teams()) {
            if (EVERY_TEAM.equals(team.strip())) {
                allTeams = true;
                continue;
            }
            try {
                teams.add(TeamName.parse(team).value());
            } catch (TeamName.InvalidTeamNameException e) {
                throw new IllegalArgumentException(where + ".teams of key '" + key.name() + "': " + e.getMessage());
            }
        }
        return new Caller(key.name(), teams, allTeams, key.operator());
    }

    private record Entry(byte[] hash, Caller caller) {
    }
}
