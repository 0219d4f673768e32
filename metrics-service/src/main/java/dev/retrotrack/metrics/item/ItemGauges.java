package dev.retrotrack.metrics.item;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.Priority;
import dev.retrotrack.metrics.support.GaugeSeries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * A value per {@code team}, {@code kind} and {@code priority}: {@code retrotrack_action_items_overdue} (open items past
 * their due date, as the tracker's overdue check marked them), {@code retrotrack_action_items_carried_over} (items
 * still not closed that at least one later retro found open) and
 * {@code retrotrack_action_items_oldest_open_timestamp_seconds} (when the oldest item still open was raised; its age
 * is {@code time() - …}).
 * Not counted event by event but replaced as a whole from the stored projection, which every instance of the
 * service shares: all instances export the same numbers (query with {@code max by}), nothing drifts, and a series
 * whose count dropped to nothing disappears. Labels are bounded: teams, two kinds, four priorities and
 * {@code unknown}.
 */
public class ItemGauges {

    public static final String OVERDUE = "retrotrack.action.items.overdue";
    public static final String CARRIED_OVER = "retrotrack.action.items.carried.over";
    public static final String OLDEST_OPEN = "retrotrack.action.items.oldest.open.timestamp";

    /** One series: the labels and its value. */
    public record Row(String team, ItemKind kind, Priority priority, double value) {
    }

    private final GaugeSeries gauge;

    /** @param baseUnit the unit Prometheus appends to the name ({@code seconds}), or {@code null} for a count */
    public ItemGauges(MeterRegistry registry, String name, String description, String baseUnit) {
        this.gauge = new GaugeSeries(MultiGauge.builder(name).description(description).baseUnit(baseUnit)
                .register(registry));
    }

    /** Replaces every series with these values. */
    public void replace(List<Row> rows) {
        Map<Tags, Double> series = new LinkedHashMap<>();
        rows.forEach(row -> series.put(Tags.of("team", row.team(), "kind", row.kind().name(),
                "priority", ItemStateGauges.priorityLabel(row.priority())), row.value()));
        gauge.replace(series);
    }
}
