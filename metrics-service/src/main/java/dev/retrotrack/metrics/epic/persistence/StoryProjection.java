package dev.retrotrack.metrics.epic.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.retrotrack.events.StoryEvent;
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
    public boolean apply(UUID eventId, StoryEvent event) {
        Instant at = event.at();
        Update update = switch (event) {
            case StoryPlanned planned -> new Update().setOnInsert("done", false);
            case StoryStarted started -> new Update().min("startedAt", at).setOnInsert("done", false);
            case StoryFinished finished -> {
                Update finish = new Update().set("done", true).set("finishedAt", at).min("firstFinishedAt", at);
                yield finished.points() == null ? finish : finish.set("points", finished.points());
            }
            case StoryReopened reopened -> new Update().set("done", false).unset("finishedAt");
        };
        if (event.epicId() != null) {
            update.set("epic", event.epicId());
        }
        String team = event.team();
        update.setOnInsert("team", team).setOnInsert("storyKey", event.storyKey()).max("lastChange", at)
                .push("events", eventId);
        String id = StoryRecord.id(team, event.storyKey());
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
