package dev.retrotrack.events;

import java.time.Instant;

/** What every event of {@code story.changed.v1} says: which story of which epic and team, and when. */
public sealed interface StoryEvent extends EventPayload permits StoryPlanned, StoryStarted, StoryFinished,
        StoryReopened {

    String storyKey();

    /** The story's epic; {@code null} when its key names none (a webhook's {@code PAY-12}). */
    String epicId();

    String team();

    Instant at();
}
