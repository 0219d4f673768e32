package dev.retrotrack.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A story left done: its work was taken up again (or it was set back to the backlog).
 *
 * @param storyKey       the story's key
 * @param epicId         its epic
 * @param team           its team
 * @param at             when it was reopened (when the status arrived)
 * @param previousStatus the status it had before ({@code done})
 * @param status         the status it has now, as the team wrote it
 */
public record StoryReopened(String storyKey, String epicId, String team, Instant at, String previousStatus,
                            String status) implements StoryEvent {

    public StoryReopened {
        Objects.requireNonNull(storyKey, "storyKey");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(at, "at");
    }
}
