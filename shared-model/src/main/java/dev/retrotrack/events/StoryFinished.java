package dev.retrotrack.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A story reached done.
 *
 * @param storyKey       the story's key ({@code 1-2-account-management}, {@code DM-09.1})
 * @param epicId         its epic
 * @param team           its team
 * @param at             when it finished
 * @param previousStatus the status it had before, as the team wrote it; {@code null} if never seen
 * @param points         story points, if known
 */
public record StoryFinished(String storyKey, String epicId, String team, Instant at, String previousStatus,
                            Integer points) implements StoryEvent {

    public StoryFinished {
        Objects.requireNonNull(storyKey, "storyKey");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(at, "at");
    }
}
