package dev.retrotrack.metrics.epic.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.retrotrack.events.EventPayload;
import dev.retrotrack.events.StoryFinished;
import dev.retrotrack.events.StoryPlanned;
import dev.retrotrack.events.StoryReopened;
import dev.retrotrack.events.StoryStarted;
import dev.retrotrack.metrics.histogram.DurationBuckets;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps one record per story from its events, each event applied once (by event id). A team's story events arrive
 * in order on one partition; a redelivery replays them in the same order, and every update is one that the same
 * sequence always brings to the same result: first start and first finish are the earliest ({@code $min}), done and
 * the latest finish follow the latest finish or reopen.
 */
@Component
public class StoryProjection {

    private final MongoTemplate mongo;

    StoryProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return {@code true} if the event was new and has been applied */
    public boolean apply(UUID eventId, EventPayload event) {
        Update update;
        String team;
        String key;
        String epic;
        Instant at;
        switch (event) {
            case StoryPlanned planned -> {
                team = planned.team();
                key = planned.storyKey();
                epic = planned.epicId();
                at = planned.at();
                update = new Update().setOnInsert("done", false);
            }
            case StoryStarted started -> {
                team = started.team();
                key = started.storyKey();
                epic = started.epicId();
                at = started.at();
                update = new Update().min("startedAt", at).setOnInsert("done", false);
            }
            case StoryFinished finished -> {
                team = finished.team();
                key = finished.storyKey();
                epic = finished.epicId();
                at = finished.at();
                update = new Update().set("done", true).set("finishedAt", at).min("firstFinishedAt", at);
                if (finished.points() != null) {
                    update.set("points", finished.points());
                }
            }
            case StoryReopened reopened -> {
                team = reopened.team();
                key = reopened.storyKey();
                epic = reopened.epicId();
                at = reopened.at();
                update = new Update().set("done", false).unset("finishedAt");
            }
            default -> throw new IllegalArgumentException("not a story event: " + event.getClass().getSimpleName());
        }
        if (epic != null) {
            update.set("epic", epic);
        }
        update.setOnInsert("team", team).setOnInsert("storyKey", key).max("lastChange", at).push("events", eventId);
        String id = StoryRecord.id(team, key);
        boolean applied;
        try {
            mongo.upsert(Query.query(where("_id").is(id).and("events").ne(eventId)), update, StoryRecord.class);
            applied = true;
        } catch (DuplicateKeyException alreadyApplied) {
            applied = false;
        }
        if (event instanceof StoryFinished finished) {
            // also on a redelivery: should the process have died before this, the observation is made now
            recordLeadTime(id, team, finished.at());
        }
        return applied;
    }

    private void recordLeadTime(String id, String team, Instant finishedAt) {
        StoryRecord story = mongo.findById(id, StoryRecord.class);
        if (story == null || story.startedAt() == null || finishedAt.isBefore(story.startedAt())) {
            return; // never seen in progress (went straight to done): no lead time to observe
        }
        Duration leadTime = Duration.between(story.startedAt(), finishedAt);
        try {
            mongo.insert(new StoryLeadTime(id, team, DurationBuckets.seconds(leadTime),
                    DurationBuckets.STORY_LEAD_TIME.boundFor(leadTime)));
        } catch (DuplicateKeyException alreadyObserved) {
            // finished before (then reopened), or redelivered: the first finish is what counts
        }
    }
}
