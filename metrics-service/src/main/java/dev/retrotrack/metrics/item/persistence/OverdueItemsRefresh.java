package dev.retrotrack.metrics.item.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.Priority;
import dev.retrotrack.metrics.item.OverdueItemGauges;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Recomputes {@link OverdueItemGauges} from the shared item projection, at start and every few seconds. */
@Component
class OverdueItemsRefresh {

    private final MongoTemplate mongo;
    private final OverdueItemGauges gauges;

    OverdueItemsRefresh(MongoTemplate mongo, OverdueItemGauges gauges) {
        this.mongo = mongo;
        this.gauges = gauges;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${retrotrack.metrics.refresh-interval:5s}")
    void refresh() {
        Aggregation overdue = Aggregation.newAggregation(
                Aggregation.match(where("overdue").is(true)),
                Aggregation.group("team", "kind", "priority").count().as("count"));
        List<OverdueItemGauges.Row> rows = new ArrayList<>();
        mongo.aggregate(overdue, ItemState.class, Document.class).forEach(row -> {
            Document id = row.get("_id", Document.class);
            String priority = id.getString("priority");
            rows.add(new OverdueItemGauges.Row(id.getString("team"), ItemKind.valueOf(id.getString("kind")),
                    priority == null ? null : Priority.valueOf(priority), row.get("count", Number.class).longValue()));
        });
        gauges.replace(rows);
    }
}
