package dev.retrotrack.ingest.sprint.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One team's stories as last reported, with the events of the last changes still waiting to be published (its
 * outbox): statuses and events are written in one single-document write, so a change is never saved without its
 * events nor published without being saved.
 *
 * @param team     the team (also the id)
 * @param revision optimistic lock
 * @param stories  the last status word of each story (a list, not a map: story keys may contain dots)
 * @param outbox   events saved with a change and not yet confirmed by the broker, oldest first
 */
@Document("team_stories")
public record TeamStories(@Id String team, @Version Long revision, List<StoryEntry> stories,
                          List<PendingEvent> outbox) {

    public TeamStories {
        stories = stories == null ? List.of() : List.copyOf(stories);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }

    /** A story's last status word and its epic. */
    public record StoryEntry(String key, String epic, String status) {
    }

    /** An event as it goes on the wire (JSON), saved with the change that caused it. */
    public record PendingEvent(UUID eventId, String envelope, Instant savedAt) {
    }
}
