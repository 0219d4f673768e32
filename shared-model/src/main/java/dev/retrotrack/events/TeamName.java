package dev.retrotrack.events;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A team's name as used in URLs, Kafka keys and metric labels: 1 to 64 letters, digits, dots, dashes or
 * underscores, starting with a letter or digit, compared case-insensitively (stored in lower case).
 */
public record TeamName(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public TeamName {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidTeamNameException(value);
        }
    }

    public static TeamName parse(String raw) {
        return new TeamName(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    /** The name does not fit the rules above. */
    public static final class InvalidTeamNameException extends IllegalArgumentException {

        InvalidTeamNameException(String value) {
            super("Team name '" + value + "' is not valid: use 1 to 64 letters, digits, '.', '-' or '_', "
                    + "starting with a letter or digit");
        }
    }
}
