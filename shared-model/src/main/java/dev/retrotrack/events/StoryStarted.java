package dev.retrotrack.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A story came into progress (in progress or in review) from a state where nobody worked on it.
 *
 * @param storyKey       the story's key ({@code 1-2-account-management})
 * @param epicId         its epic ({@code 1}, {@code 3.5})
 * @param team           its team
 * @param at             when it started, as far as Retrotrack knows (when the status arrived)
 * @param previousStatus the status it had before, as the team wrote it; {@code null} if never seen
 */
public record StoryStarted(String storyKey, String epicId, String team, Instant at, String previousStatus)
        implements StoryEvent {

    public StoryStarted {
        Objects.requireNonNull(storyKey, "storyKey");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(at, "at");
    }
}
