package dev.retrotrack.metrics.item.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.metrics.histogram.persistence.StoredObservations;
import dev.retrotrack.metrics.item.ItemGauges;
import dev.retrotrack.metrics.item.ItemMetrics;
import dev.retrotrack.metrics.item.ItemStateGauges;
import dev.retrotrack.metrics.support.RefreshedFromStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes the item metrics from the shared item projection, at start and every few seconds: counting what is
 * stored (rather than moving counts event by event) is what keeps restarts, replays and several instances right.
 */
@Component
public class ItemMetricsRefresh extends RefreshedFromStore {

    /** Still to be worked on, as the tracker defines it: what can be carried over. */
    private static final List<String> OPEN = List.of(ItemStatus.OPEN.name(), ItemStatus.IN_PROGRESS.name(),
            ItemStatus.BLOCKED.name());

    private final MongoTemplate mongo;
    private final ItemMetrics metrics;

    public ItemMetricsRefresh(MongoTemplate mongo, ItemMetrics metrics) {
        this.mongo = mongo;
        this.metrics = metrics;
    }

    @Override
    @Scheduled(fixedDelayString = "${retrotrack.metrics.refresh-interval:2s}",
            initialDelayString = "${retrotrack.metrics.refresh-interval:2s}")
    public void refresh() {
        List<ItemStateGauges.Row> stateRows = new ArrayList<>();
        groups(Aggregation.newAggregation(Aggregation.group("team", "kind", "priority", "state").count().as("count")))
                .forEach(row -> stateRows.add(new ItemStateGauges.Row(row.team(), row.kind(), row.priority(),
                        ItemStatus.valueOf(row.id().getString("state")), row.count())));
        metrics.states().replace(stateRows);
        metrics.overdue().replace(counts(Aggregation.newAggregation(Aggregation.match(where("overdue").is(true)),
                Aggregation.group("team", "kind", "priority").count().as("count"))));
        metrics.carriedOver().replace(counts(Aggregation.newAggregation(
                Aggregation.match(where("carriedOver").gt(0).and("state").in(OPEN)),
                Aggregation.group("team", "kind", "priority").count().as("count"))));
        List<ItemGauges.Row> oldest = groups(Aggregation.newAggregation(
                Aggregation.match(where("state").in(OPEN).and("raisedAt").ne(null)),
                Aggregation.group("team", "kind", "priority").min("raisedAt").as("raisedAt"))).stream()
                .map(group -> new ItemGauges.Row(group.team(), group.kind(), group.priority(),
                        group.row().getDate("raisedAt").getTime() / 1000.0))
                .toList();
        metrics.oldestOpen().replace(oldest);
        StoredObservations.refresh(mongo, ItemCycleTime.class, metrics.cycleTime(), "team", "kind", "priority");
    }

    private List<ItemGauges.Row> counts(Aggregation aggregation) {
        return groups(aggregation).stream()
                .map(row -> new ItemGauges.Row(row.team(), row.kind(), row.priority(), row.count()))
                .toList();
    }

    /** One row of a grouping by team, kind and priority ({@code id} holds them); {@code row} the whole result. */
    private record Group(Document id, String team, ItemKind kind, Priority priority, Document row) {

        long count() {
            return row.get("count", Number.class).longValue();
        }

        /** Two rows of one label set: counts add up, the earliest {@code raisedAt} stays. */
        Group merge(Group other) {
            Document merged = new Document(row);
            if (row.containsKey("count")) {
                merged.put("count", count() + other.count());
            }
            if (row.containsKey("raisedAt") && other.row().getDate("raisedAt").before(row.getDate("raisedAt"))) {
                merged.put("raisedAt", other.row().getDate("raisedAt"));
            }
            return new Group(id, team, kind, priority, merged);
        }
    }

    /**
     * The aggregation's rows, one per label set. An item created without a priority is stored without the field and
     * one changed since holds an explicit null; MongoDB groups the two apart, but both are {@code unknown} to
     * Prometheus, and two rows of one label set would replace rather than add to each other.
     */
    private List<Group> groups(Aggregation aggregation) {
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        mongo.aggregate(aggregation, ItemState.class, Document.class).forEach(row -> {
            Document id = row.get("_id", Document.class);
            String priority = id.getString("priority");
            Group group = new Group(id, id.getString("team"), ItemKind.valueOf(id.getString("kind")),
                    priority == null ? null : Priority.valueOf(priority), row);
            groups.merge(Arrays.asList(group.team(), group.kind().name(), priority, id.getString("state")), group,
                    Group::merge);
        });
        return new ArrayList<>(groups.values());
    }
}
