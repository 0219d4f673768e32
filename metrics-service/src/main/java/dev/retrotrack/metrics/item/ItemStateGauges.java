package dev.retrotrack.metrics.item;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.metrics.support.GaugeSeries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * {@code retrotrack_action_items{team,kind,priority,state}}: how many tracked items are in each state. Replaced as a
 * whole from the stored projection every instance shares (see {@link ItemGauges} for why): the numbers
 * survive restarts, never drift, and two instances export the same values. Labels are bounded: teams, two kinds,
 * four priorities and {@code unknown}, six states.
 */
public class ItemStateGauges {

    static final String NAME = "retrotrack.action.items";

    /** One series: the labels and how many items it counts. */
    public record Row(String team, ItemKind kind, Priority priority, ItemStatus state, long count) {
    }

    private final GaugeSeries gauge;

    public ItemStateGauges(MeterRegistry registry) {
        this.gauge = new GaugeSeries(MultiGauge.builder(NAME)
                .description("Tracked action and debt items, per team, kind, priority and state")
                .register(registry));
    }

    /** Replaces every series with these counts. */
    public void replace(List<Row> rows) {
        Map<Tags, Long> series = new LinkedHashMap<>();
        rows.forEach(row -> series.put(Tags.of("team", row.team(), "kind", row.kind().name(),
                "priority", priorityLabel(row.priority()), "state", row.state().name()), row.count()));
        gauge.replace(series);
    }

    /** The {@code priority} label: the priority, or {@code unknown} when the retro gave none. */
    static String priorityLabel(Priority priority) {
        return priority == null ? "unknown" : priority.name();
    }
}
