package dev.retrotrack.metrics.item.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.metrics.item.ItemMetrics;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A restarted service rebuilds the same numbers from what it stored, and a replay changes nothing. */
@RetrotrackIntegrationTest
class ItemStateProjectionRestartIT {

    @Autowired
    MongoTemplate mongo;

    @Test
    void restartedServiceExportsTheSameCountsAndAReplayedHistoryChangesNothing() {
        String team = TestTeams.unique("restart");
        ItemStateProjection running = new ItemStateProjection(mongo);
        ActionItemStateChanged[] history = {
                change(team, "a", null, ItemStatus.OPEN, 1, "2026-11-20T12:00:00Z"),
                change(team, "b", null, ItemStatus.OPEN, 1, "2026-11-20T12:00:00Z"),
                change(team, "a", ItemStatus.OPEN, ItemStatus.DONE, 2, "2026-11-23T12:00:00Z"),
                change(team, "a", ItemStatus.DONE, ItemStatus.OPEN, 3, "2026-11-24T12:00:00Z"),
                change(team, "a", ItemStatus.OPEN, ItemStatus.DONE, 4, "2026-11-30T12:00:00Z")};
        for (ActionItemStateChanged change : history) {
            assertThat(running.apply(change)).isTrue();
        }
        Map<String, Double> before = exported(team);

        // A restarted (or second) instance: a fresh registry, the same store, the whole history replayed.
        ItemStateProjection restarted = new ItemStateProjection(mongo);
        for (ActionItemStateChanged change : history) {
            assertThat(restarted.apply(change)).isFalse();
        }
        Map<String, Double> after = exported(team);

        assertThat(after).isEqualTo(before).containsOnly(Map.entry("OPEN", 1.0), Map.entry("DONE", 1.0),
                Map.entry("cycle time count", 1.0), Map.entry("cycle time sum", 3 * 86_400.0));
    }

    /**
     * Found by the backfill benchmark: an item without a priority that was only created is stored without the field,
     * one that changed since with an explicit null, and MongoDB groups those apart; both must count under
     * {@code priority="unknown"}, not one replacing the other.
     */
    @Test
    void itemsWithoutAPriorityCountTogetherWhetherOrNotTheyChangedSinceTheyWereRaised() {
        String team = TestTeams.unique("no-priority");
        ItemStateProjection projection = new ItemStateProjection(mongo);
        projection.apply(change(team, "raised-only", null, ItemStatus.OPEN, 1, "2026-11-20T12:00:00Z"));
        projection.apply(change(team, "raised-and-changed", null, ItemStatus.OPEN, 1, "2026-11-20T12:00:00Z"));
        projection.apply(change(team, "raised-and-changed", ItemStatus.OPEN, ItemStatus.OPEN, 2,
                "2026-11-27T12:00:00Z"));

        assertThat(exported(team)).containsEntry("OPEN", 2.0);
    }

    /**
     * What a freshly started instance exports for the team: state → items, and the cycle-time histogram's count and
     * sum (an item done, reopened and done again counts once, with its first done).
     */
    private Map<String, Double> exported(String team) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ItemMetrics metrics = ItemMetrics.register(registry);
        new ItemMetricsRefresh(mongo, metrics).refresh();
        Map<String, Double> exported = new java.util.TreeMap<>();
        registry.find("retrotrack.action.items").tag("team", team).gauges()
                .forEach(gauge -> exported.merge(gauge.getId().getTag("state"), gauge.value(), Double::sum));
        metrics.cycleTime().collect().stream().flatMap(snapshot -> snapshot.getDataPoints().stream())
                .map(HistogramSnapshot.HistogramDataPointSnapshot.class::cast)
                .filter(point -> team.equals(point.getLabels().get("team")))
                .forEach(point -> {
                    exported.merge("cycle time count", (double) point.getCount(), Double::sum);
                    exported.merge("cycle time sum", point.getSum(), Double::sum);
                });
        return exported;
    }

    private static ActionItemStateChanged change(String team, String item, ItemStatus from, ItemStatus to,
                                                 long version, String at) {
        return new ActionItemStateChanged(team + "-" + item, team, "E-1", ItemKind.ACTION, item, from, to,
                Instant.parse(at), ChangeCause.RETRO, "r", null, null, null, version, false, 0, null);
    }
}
