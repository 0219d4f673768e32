package dev.retrotrack.metrics.item.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.metrics.histogram.DurationBuckets;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    ItemStateProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return {@code true} if the change was newer than what was known and has been applied */
    public boolean apply(ActionItemStateChanged change) {
        ItemState known = mongo.findById(change.itemId(), ItemState.class);
        ItemState next = next(known, change);
        if (next == null) {
            return false;
        }
        if (known != null) {
            return mongo.updateFirst(newer(next), update(next), ItemState.class).getModifiedCount() > 0;
        }
        try {
            mongo.insert(next);
            return true;
        } catch (DuplicateKeyException sameOrNewerKnown) {
            return false;
        }
    }

    /**
     * Applies {@code changes} in their order with the same outcome as {@link #apply} one by one, in one read and
     * one bulk write: several changes of one item in a batch become one write of the newest. Should another writer
     * have inserted an item between the read and the write (a second instance during a rebalance), that item's
     * changes are applied again one by one, which compares versions with what it wrote.
     *
     * @return how many items changed
     */
    public int applyAll(List<ActionItemStateChanged> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        Set<String> ids = changes.stream().map(ActionItemStateChanged::itemId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, ItemState> stored = new HashMap<>();
        mongo.find(Query.query(where("_id").in(ids)), ItemState.class).forEach(s -> stored.put(s.itemId(), s));
        Map<String, ItemState> newest = new LinkedHashMap<>();
        for (ActionItemStateChanged change : changes) {
            ItemState next = next(newest.getOrDefault(change.itemId(), stored.get(change.itemId())), change);
            if (next != null) {
                newest.put(change.itemId(), next);
            }
        }
        if (newest.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ItemState.class);
        List<String> inserted = new ArrayList<>();
        for (ItemState next : newest.values()) {
            if (stored.containsKey(next.itemId())) {
                bulk.updateOne(newer(next), update(next));
            } else {
                bulk.insert(next);
                inserted.add(next.itemId());
            }
        }
        try {
            bulk.execute();
        } catch (BulkOperationException partly) {
            insertedMeanwhile(partly.getErrors(), newest, inserted, changes);
        } catch (DuplicateKeyException partly) {
            if (!(partly.getCause() instanceof MongoBulkWriteException bulkFailure)) {
                throw partly;
            }
            insertedMeanwhile(bulkFailure.getWriteErrors(), newest, inserted, changes);
        }
        return newest.size();
    }

    /** After a bulk write whose only failures are inserts of items that now exist: applies their changes singly. */
    private void insertedMeanwhile(List<? extends BulkWriteError> errors, Map<String, ItemState> newest,
                                   List<String> inserted, List<ActionItemStateChanged> changes) {
        errors.stream().filter(error -> error.getCode() != DUPLICATE_KEY).findFirst().ifPresent(error -> {
            throw new DataIntegrityViolationException("Bulk write of item states failed: " + error.getMessage());
        });
        List<String> operations = new ArrayList<>(newest.keySet());
        Set<String> duplicates = errors.stream().map(error -> operations.get(error.getIndex()))
                .filter(inserted::contains).collect(Collectors.toSet());
        changes.stream().filter(change -> duplicates.contains(change.itemId())).forEach(this::apply);
    }

    /**
     * The state after {@code change}, or null when {@code known} is as new or newer. An item's first move to done
     * records its cycle time here, before the state is written: should the process die in between, the redelivered
     * change still finds the item not done and records it then (keyed by item, so never counted twice).
     */
    private ItemState next(ItemState known, ActionItemStateChanged change) {
        if (known != null && known.version() >= change.itemVersion()) {
            return null;
        }
        Instant raisedAt = change.from() == null ? change.at() : known == null ? null : known.raisedAt();
        boolean firstDone = change.to() == ItemStatus.DONE && change.from() != null
                && (known == null || known.state() != ItemStatus.DONE);
        if (firstDone && raisedAt != null && !change.at().isBefore(raisedAt)) {
            recordCycleTime(change, Duration.between(raisedAt, change.at()));
        }
        return new ItemState(change.itemId(), change.team(), change.kind(), change.to(),
                change.priority(), change.overdue(), change.carriedOver(), change.itemVersion(), raisedAt);
    }

    private static Query newer(ItemState next) {
        return Query.query(where("_id").is(next.itemId()).and("version").lt(next.version()));
    }

    private static Update update(ItemState next) {
        return new Update().set("team", next.team()).set("kind", next.kind()).set("state", next.state())
                .set("priority", next.priority()).set("overdue", next.overdue())
                .set("carriedOver", next.carriedOver()).set("version", next.version())
                .set("raisedAt", next.raisedAt());
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
