package dev.retrotrack.metrics.item;

import dev.retrotrack.metrics.histogram.DurationBuckets;
import dev.retrotrack.metrics.histogram.StoredHistogram;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every metric of tracked items, defined in one place: counts by state, overdue and carried-over counts, the age of
 * the oldest open item, and the
 * cycle-time histogram ({@code retrotrack_action_item_cycle_time_seconds{team,kind,priority}}: raised to first
 * done).
 */
public record ItemMetrics(ItemStateGauges states, ItemGauges overdue, ItemGauges carriedOver,
                          ItemGauges oldestOpen, StoredHistogram cycleTime) {

    public static ItemMetrics register(MeterRegistry registry) {
        return new ItemMetrics(new ItemStateGauges(registry),
                new ItemGauges(registry, ItemGauges.OVERDUE,
                        "Open action and debt items past their due date, per team, kind and priority", null),
                new ItemGauges(registry, ItemGauges.CARRIED_OVER,
                        "Action and debt items not yet closed that a later retro found still open", null),
                new ItemGauges(registry, ItemGauges.OLDEST_OPEN,
                        "When the oldest action or debt item still open was raised (Unix time)", "seconds"),
                new StoredHistogram("retrotrack_action_item_cycle_time_seconds",
                        "Time from an item being raised to its first done", DurationBuckets.ITEM_CYCLE_TIME));
    }
}
