package dev.retrotrack.support.security;

import java.util.Set;

import dev.retrotrack.events.TeamName;

/**
 * Who is calling, as their API key says.
 *
 * @param keyName  the configured name of the key (for logs and the rate limit; never the key itself)
 * @param teams    the teams whose data the key reaches, canonical names
 * @param allTeams the key reaches every team (configured as {@code "*"}), e.g. an organisation's import job
 * @param operator the key may also use the operators' APIs (dead letters)
 */
public record Caller(String keyName, Set<String> teams, boolean allTeams, boolean operator) {

    public Caller {
        teams = Set.copyOf(teams);
    }

    public boolean mayAccess(TeamName team) {
        return allTeams || teams.contains(team.value());
    }
}
