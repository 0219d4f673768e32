package dev.retrotrack.events;

import java.util.Objects;

/**
 * A team submitted a retrospective and Retrotrack accepted it.
 *
 * @param retroId id assigned on acceptance
 * @param team    the submitting team
 * @param retro   the retrospective as understood
 */
public record RetroSubmitted(String retroId, String team, Retro retro) implements EventPayload {

    public RetroSubmitted {
        Objects.requireNonNull(retroId, "retroId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(retro, "retro");
    }
}
