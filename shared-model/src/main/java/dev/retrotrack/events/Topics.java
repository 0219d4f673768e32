package dev.retrotrack.events;

import java.util.List;

/** Every Kafka topic of the suite, in one place. Each topic has exactly one writing service. */
public final class Topics {

    /** Written by retro-ingest-service: one record per accepted retrospective, keyed by team. */
    public static final String RETRO_SUBMITTED = "retro.submitted.v1";

    /** Written by action-tracker-service: one record per state change of a tracked item, keyed by team. */
    public static final String ACTION_ITEM_CHANGED = "action-item.changed.v1";

    /**
     * Written by retro-ingest-service: one record per story that was planned, started, finished or was reopened, keyed by team, so
     * a team's story events stay in order on one topic.
     */
    public static final String STORY_CHANGED = "story.changed.v1";

    /**
     * Records any consumer could not process; headers name the original topic, partition, offset, the exception
     * and the failing service. Must have at least as many partitions as the topics feeding it.
     */
    public static final String DEAD_LETTER = "retrotrack.dead-letter.v1";

    /** The topics that carry events (everything but the dead-letter topic). */
    public static final List<String> EVENT_TOPICS = List.of(RETRO_SUBMITTED, ACTION_ITEM_CHANGED, STORY_CHANGED);

    private Topics() {
    }
}
