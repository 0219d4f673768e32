package dev.retrotrack.metrics.item.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.retrotrack.events.ActionItemStateChanged;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies item changes in version order: a change older than or equal to what is stored (a redelivery, a replay,
 * a reordering) changes nothing. The gauges are computed from what is stored ({@link ItemMetricsRefresh}), never
 * from the events one by one, so nothing double-counts.
 */
@Component
public class ItemStateProjection {

    private final MongoTemplate mongo;

    ItemStateProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return {@code true} if the change was newer than what was known and has been applied */
    public boolean apply(ActionItemStateChanged change) {
        ItemState next = new ItemState(change.itemId(), change.team(), change.kind(), change.to(),
                change.priority(), change.overdue(), change.itemVersion());
        ItemState previous = mongo.findAndModify(
                Query.query(where("_id").is(change.itemId()).and("version").lt(change.itemVersion())),
                new Update().set("team", next.team()).set("kind", next.kind()).set("state", next.state())
                        .set("priority", next.priority()).set("overdue", next.overdue())
                        .set("version", next.version()),
                FindAndModifyOptions.options().returnNew(false),
                ItemState.class);
        if (previous != null) {
            return true;
        }
        try {
            mongo.insert(next);
            return true;
        } catch (DuplicateKeyException sameOrNewerKnown) {
            return false;
        }
    }
}
