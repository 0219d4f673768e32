package dev.retrotrack.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A story appeared in a team's plan: the first time Retrotrack saw it, in any status but cancelled. It is what
 * "stories planned" counts, so stories nobody has started yet are counted too. A story first seen already in
 * progress or done is followed by its {@link StoryStarted} or {@link StoryFinished}.
 *
 * @param storyKey the story's key ({@code 1-2-account-management})
 * @param epicId   its epic ({@code 1}, {@code 3.5})
 * @param team     its team
 * @param at       when Retrotrack first saw it
 * @param status   the status it had then, as the team wrote it
 */
public record StoryPlanned(String storyKey, String epicId, String team, Instant at, String status)
        implements StoryEvent {

    public StoryPlanned {
        Objects.requireNonNull(storyKey, "storyKey");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(at, "at");
    }
}
