package dev.retrotrack.metrics.item.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.metrics.item.ItemStateGauges;
import dev.retrotrack.metrics.item.ItemStateKey;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies item changes in version order: a change older than or equal to what is stored (a redelivery, a replay,
 * a reordering) changes nothing, so the gauges never double-count.
 */
@Component
public class ItemStateProjection implements SmartInitializingSingleton {

    private final MongoTemplate mongo;
    private final ItemStateGauges gauges;

    ItemStateProjection(MongoTemplate mongo, ItemStateGauges gauges) {
        this.mongo = mongo;
        this.gauges = gauges;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Aggregation perSeries = Aggregation.newAggregation(
                Aggregation.group("team", "kind", "state").count().as("count"));
        mongo.aggregate(perSeries, ItemState.class, Document.class).forEach(row -> {
            Document id = row.get("_id", Document.class);
            gauges.restore(new ItemStateKey(id.getString("team"), ItemKind.valueOf(id.getString("kind")),
                    ItemStatus.valueOf(id.getString("state"))), row.get("count", Number.class).longValue());
        });
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
            gauges.moved(previous.key(), next.key());
            return true;
        }
        try {
            mongo.insert(next);
        } catch (DuplicateKeyException sameOrNewerKnown) {
            return false;
        }
        gauges.moved(null, next.key());
        return true;
    }
}
