package dev.retrotrack.metrics.item.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.metrics.histogram.DurationBuckets;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies item changes in version order: a change older than or equal to what is stored (a redelivery, a replay,
 * a reordering) changes nothing. The gauges are computed from what is stored ({@link ItemMetricsRefresh}), never
 * from the events one by one, so nothing double-counts. An item's first move to done also stores its cycle time
 * (raised to done) for the histogram.
 */
@Component
public class ItemStateProjection {

    private final MongoTemplate mongo;

    ItemStateProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return {@code true} if the change was newer than what was known and has been applied */
    public boolean apply(ActionItemStateChanged change) {
        ItemState known = mongo.findById(change.itemId(), ItemState.class);
        if (known != null && known.version() >= change.itemVersion()) {
            return false;
        }
        Instant raisedAt = change.from() == null ? change.at() : known == null ? null : known.raisedAt();
        boolean firstDone = change.to() == ItemStatus.DONE && change.from() != null
                && (known == null || known.state() != ItemStatus.DONE);
        if (firstDone && raisedAt != null && !change.at().isBefore(raisedAt)) {
            // before the state: should the process die in between, the redelivered change still finds the item
            // not done and records it then (the observation is keyed by item, so it is never counted twice)
            recordCycleTime(change, Duration.between(raisedAt, change.at()));
        }
        ItemState next = new ItemState(change.itemId(), change.team(), change.kind(), change.to(),
                change.priority(), change.overdue(), change.carriedOver(), change.itemVersion(), raisedAt);
        Update update = new Update().set("team", next.team()).set("kind", next.kind()).set("state", next.state())
                .set("priority", next.priority()).set("overdue", next.overdue())
                .set("carriedOver", next.carriedOver()).set("version", next.version())
                .set("raisedAt", next.raisedAt());
        if (known != null) {
            return mongo.updateFirst(
                    Query.query(where("_id").is(change.itemId()).and("version").lt(change.itemVersion())),
                    update, ItemState.class).getModifiedCount() > 0;
        }
        try {
            mongo.insert(next);
            return true;
        } catch (DuplicateKeyException sameOrNewerKnown) {
            return false;
        }
    }

    private void recordCycleTime(ActionItemStateChanged change, Duration cycleTime) {
        try {
            mongo.insert(new ItemCycleTime(change.itemId(), change.team(), change.kind(), change.priority(),
                    DurationBuckets.seconds(cycleTime), DurationBuckets.ITEM_CYCLE_TIME.boundFor(cycleTime)));
        } catch (DuplicateKeyException alreadyObserved) {
            // reopened and done again, or redelivered: the first done is what counts
        }
    }
}
