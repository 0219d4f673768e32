package dev.retrotrack.ingest.sprint.application;

import java.time.Duration;
import java.time.Instant;

import dev.retrotrack.ingest.sprint.persistence.TeamStories;
import dev.retrotrack.ingest.sprint.persistence.TeamStoriesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes story events a broker outage (or a crash) left in a team's outbox. */
@Component
class StoryOutboxSweep {

    private static final Logger log = LoggerFactory.getLogger(StoryOutboxSweep.class);
    /** Entries younger than this are left to the request that saved them. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final TeamStoriesStore store;
    private final SprintStatusUpdates updates;

    StoryOutboxSweep(TeamStoriesStore store, SprintStatusUpdates updates) {
        this.store = store;
        this.updates = updates;
    }

    @Scheduled(fixedDelayString = "${retrotrack.outbox.sweep-interval:2s}",
            initialDelayString = "${retrotrack.outbox.sweep-interval:2s}")
    void sweep() {
        for (TeamStories stories : store.withPendingEvents(Instant.now().minus(GRACE))) {
            try {
                updates.publish(stories);
            } catch (RuntimeException e) {
                log.warn("Story events of team {} stay in its outbox, next sweep retries: {}", stories.team(),
                        e.getMessage());
            }
        }
    }
}
