package dev.retrotrack.metrics.item;

import java.util.List;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.Priority;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * {@code retrotrack_action_items_overdue{team,kind,priority}}: open items past their due date, as the tracker's
 * overdue check marked them. Not counted event by event but replaced as a whole from the stored projection, which
 * every instance of the service shares: all instances export the same numbers (query with {@code max by}), nothing
 * drifts, and a series whose count dropped to nothing disappears. Labels are bounded: teams, two kinds, four
 * priorities and {@code unknown}.
 */
public class OverdueItemGauges {

    static final String NAME = "retrotrack.action.items.overdue";

    /** One series: the labels and how many items it counts. */
    public record Row(String team, ItemKind kind, Priority priority, long count) {
    }

    private final MultiGauge gauge;

    public OverdueItemGauges(MeterRegistry registry) {
        this.gauge = MultiGauge.builder(NAME)
                .description("Open action and debt items past their due date, per team, kind and priority")
                .register(registry);
    }

    /** Replaces every series with these counts. */
    public void replace(List<Row> rows) {
        List<MultiGauge.Row<?>> series = rows.stream()
                .<MultiGauge.Row<?>>map(row -> MultiGauge.Row.of(Tags.of("team", row.team(), "kind", row.kind().name(),
                        "priority", row.priority() == null ? "unknown" : row.priority().name()), row.count()))
                .toList();
        gauge.register(series, true);
    }
}
