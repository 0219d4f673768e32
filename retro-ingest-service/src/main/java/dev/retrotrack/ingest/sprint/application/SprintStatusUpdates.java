package dev.retrotrack.ingest.sprint.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.retrotrack.events.EventCodec;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.EventPayload;
import dev.retrotrack.events.StoryFinished;
import dev.retrotrack.events.StoryPlanned;
import dev.retrotrack.events.StoryReopened;
import dev.retrotrack.events.StoryStarted;
import dev.retrotrack.events.TraceContext;
import dev.retrotrack.ingest.sprint.SprintStatusFile;
import dev.retrotrack.ingest.sprint.StoryChanges;
import dev.retrotrack.ingest.sprint.persistence.TeamStories;
import dev.retrotrack.ingest.sprint.persistence.TeamStoriesStore;
import dev.retrotrack.support.messaging.CurrentTrace;
import dev.retrotrack.support.messaging.EventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Applies a team's sprint-status file: compares it with the last status of each story, saves the new statuses
 * together with one event per real change (StoryPlanned, StoryStarted, StoryFinished, StoryReopened), then publishes those events
 * in order and removes each once the broker confirmed it. Sending the same file again changes and publishes
 * nothing. Events a broker outage left behind go out first on the team's next update, or with the sweep.
 */
@Service
public class SprintStatusUpdates {

    private static final int ATTEMPTS = 5;

    private final TeamStoriesStore store;
    private final EventPublisher publisher;
    private final CurrentTrace trace;
    private final Clock clock;

    SprintStatusUpdates(TeamStoriesStore store, EventPublisher publisher, CurrentTrace trace) {
        this.store = store;
        this.publisher = publisher;
        this.trace = trace;
        this.clock = Clock.systemUTC();
    }

    /** What an update did. */
    public record Result(int stories, List<StoryChanges.Change> changes, List<String> warnings) {
    }

    /**
     * @throws dev.retrotrack.support.messaging.PublishFailedException when the broker did not confirm: the changes
     *                                                                 are saved and their events go out later
     */
    public Result apply(String team, SprintStatusFile.Contents contents) {
        return apply(team, contents, clock.instant(), Map.of());
    }

    /**
     * As {@link #apply(String, SprintStatusFile.Contents)}, for changes that happened at a known time with known
     * points (a tracker's webhook).
     */
    public Result apply(String team, SprintStatusFile.Contents contents, Instant at, Map<String, Integer> points) {
        for (int attempt = 1; ; attempt++) {
            TeamStories before = store.find(team).orElse(new TeamStories(team, null, List.of(), List.of()));
            Map<String, String> lastKnown = new LinkedHashMap<>();
            before.stories().forEach(entry -> lastKnown.put(entry.key(), entry.status()));
            List<StoryChanges.Change> changes = StoryChanges.between(lastKnown, contents.stories());
            Map<String, TeamStories.StoryEntry> merged = new LinkedHashMap<>();
            before.stories().forEach(entry -> merged.put(entry.key(), entry));
            contents.stories().values().forEach(story -> merged.put(story.key(),
                    new TeamStories.StoryEntry(story.key(), story.epic(), story.status())));
            List<TeamStories.PendingEvent> outbox = new ArrayList<>(before.outbox());
            changes.forEach(change -> outbox.add(pending(team, change, at, points.get(change.storyKey()))));
            TeamStories after = new TeamStories(team, before.revision(), List.copyOf(merged.values()), outbox);
            try {
                TeamStories saved = after.equals(before) ? before : store.save(after);
                publish(saved);
                return new Result(contents.stories().size(), changes, contents.warnings());
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrentUpdate) {
                if (attempt == ATTEMPTS) {
                    throw concurrentUpdate;
                }
            }
        }
    }

    /** Publishes a team's pending events in order, removing each once confirmed; stops at the first failure. */
    void publish(TeamStories stories) {
        for (TeamStories.PendingEvent pending : stories.outbox()) {
            publisher.publish(EventCodec.decode(pending.envelope().getBytes(StandardCharsets.UTF_8)));
            store.markPublished(stories.team(), pending.eventId());
        }
    }

    private TeamStories.PendingEvent pending(String team, StoryChanges.Change change, Instant at, Integer points) {
        EventPayload payload = switch (change.kind()) {
            case PLANNED -> new StoryPlanned(change.storyKey(), change.epic(), team, at, change.newStatus());
            case STARTED -> new StoryStarted(change.storyKey(), change.epic(), team, at, change.previousStatus());
            case FINISHED -> new StoryFinished(change.storyKey(), change.epic(), team, at, change.previousStatus(),
                    points);
            case REOPENED -> new StoryReopened(change.storyKey(), change.epic(), team, at, change.previousStatus(),
                    change.newStatus());
        };
        TraceContext context = trace.get();
        EventEnvelope<?> event = EventEnvelope.wrap(payload, change.storyKey(), team, context,
                Clock.fixed(at, java.time.ZoneOffset.UTC));
        return new TeamStories.PendingEvent(event.eventId(),
                new String(EventCodec.encode(event), StandardCharsets.UTF_8), Instant.now());
    }
}
