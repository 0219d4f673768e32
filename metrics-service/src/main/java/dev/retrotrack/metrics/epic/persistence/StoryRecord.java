package dev.retrotrack.metrics.epic.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.retrotrack.metrics.epic.EpicDelivery;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the story events said of one story ({@code id} is {@code team~storyKey}); {@code events} are the ids of the
 * events already applied, so a redelivered event changes nothing.
 */
@Document("stories")
record StoryRecord(@Id String id, @Indexed String team, String storyKey, String epic, boolean done,
                   Instant startedAt, Instant firstFinishedAt, Instant finishedAt, Integer points, Instant lastChange,
                   List<UUID> events) {

    static String id(String team, String storyKey) {
        return team + "~" + storyKey;
    }

    EpicDelivery.StoryFacts facts() {
        return new EpicDelivery.StoryFacts(team, storyKey, epic, done, startedAt, firstFinishedAt, finishedAt, points,
                lastChange);
    }
}
