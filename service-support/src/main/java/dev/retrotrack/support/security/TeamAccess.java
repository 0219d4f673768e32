package dev.retrotrack.support.security;

import java.util.Optional;
import java.util.function.Supplier;

import dev.retrotrack.events.TeamName;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The one rule of team data: a key reaches only its own teams. Applied by the security chain to every path that
 * names a team ({@link #teamInPath()}), and by controllers whose resources are found by id
 * ({@link #mayAccess(String)}), which answer 404 for another team's resource so ids do not reveal what exists.
 */
public final class TeamAccess {

    private TeamAccess() {
    }

    /** Whether the current request's caller may reach {@code team}'s data; false for a name that is no team. */
    public static boolean mayAccess(String team) {
        Optional<TeamName> name = parse(team);
        return name.isPresent() && currentCaller().map(caller -> caller.mayAccess(name.get())).orElse(false);
    }

    /** The caller of the current request, if its key was accepted. */
    public static Optional<Caller> currentCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? Optional.of(caller) : Optional.empty();
    }

    /**
     * For paths with a {@code {team}} variable. With an accepted key, a name that is no valid team is let through:
     * the controller then answers its 400 explaining what a team name may be, and no team's data is read.
     */
    static AuthorizationManager<RequestAuthorizationContext> teamInPath() {
        return (authentication, context) -> decide(authentication, context.getVariables().get("team"));
    }

    private static AuthorizationResult decide(Supplier<? extends Authentication> authentication, String team) {
        // Who first: without an accepted key nothing passes, whatever the path holds.
        if (!(authentication.get().getPrincipal() instanceof Caller caller)) {
            return new AuthorizationDecision(false);
        }
        Optional<TeamName> name = parse(team);
        if (name.isEmpty() || caller.mayAccess(name.get())) {
            return new AuthorizationDecision(true);
        }
        return new Refusal("The API key '" + caller.keyName() + "' is for team(s) " + caller.teams()
                + ", not for team '" + name.get().value() + "'. Use that team's key.");
    }

    private static Optional<TeamName> parse(String team) {
        try {
            return Optional.of(TeamName.parse(team));
        } catch (TeamName.InvalidTeamNameException e) {
            return Optional.empty();
        }
    }
}
