package dev.retrotrack.support.web;

import dev.retrotrack.events.TeamName;
import org.springframework.http.HttpStatus;

/** The team named in a request path, for every service's API: valid, or a 400 problem saying what a name may be. */
public final class TeamPaths {

    private TeamPaths() {
    }

    public static TeamName teamName(String raw) {
        try {
            return TeamName.parse(raw);
        } catch (TeamName.InvalidTeamNameException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.of("invalid-team"), "Invalid team name",
                    e.getMessage());
        }
    }
}
