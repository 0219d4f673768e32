package dev.retrotrack.metrics.item.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.metrics.item.ItemStateGauges;
import dev.retrotrack.metrics.item.OverdueItemGauges;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes the item gauges from the shared item projection, at start and every few seconds: counting what is
 * stored (rather than moving counts event by event) is what keeps restarts, replays and several instances right.
 */
@Component
public class ItemMetricsRefresh {

    private final MongoTemplate mongo;
    private final ItemStateGauges states;
    private final OverdueItemGauges overdue;

    public ItemMetricsRefresh(MongoTemplate mongo, ItemStateGauges states, OverdueItemGauges overdue) {
        this.mongo = mongo;
        this.states = states;
        this.overdue = overdue;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${retrotrack.metrics.refresh-interval:2s}")
    public void refresh() {
        List<ItemStateGauges.Row> stateRows = new ArrayList<>();
        groups(Aggregation.newAggregation(Aggregation.group("team", "kind", "priority", "state").count().as("count")))
                .forEach(row -> stateRows.add(new ItemStateGauges.Row(row.team(), row.kind(), row.priority(),
                        ItemStatus.valueOf(row.id().getString("state")), row.count())));
        states.replace(stateRows);

        List<OverdueItemGauges.Row> overdueRows = new ArrayList<>();
        groups(Aggregation.newAggregation(Aggregation.match(where("overdue").is(true)),
                Aggregation.group("team", "kind", "priority").count().as("count")))
                .forEach(row -> overdueRows.add(new OverdueItemGauges.Row(row.team(), row.kind(), row.priority(),
                        row.count())));
        overdue.replace(overdueRows);
    }

    private record Group(Document id, String team, ItemKind kind, Priority priority, long count) {
    }

    private List<Group> groups(Aggregation aggregation) {
        List<Group> groups = new ArrayList<>();
        mongo.aggregate(aggregation, ItemState.class, Document.class).forEach(row -> {
            Document id = row.get("_id", Document.class);
            String priority = id.getString("priority");
            groups.add(new Group(id, id.getString("team"), ItemKind.valueOf(id.getString("kind")),
                    priority == null ? null : Priority.valueOf(priority), row.get("count", Number.class).longValue()));
        });
        return groups;
    }
}
