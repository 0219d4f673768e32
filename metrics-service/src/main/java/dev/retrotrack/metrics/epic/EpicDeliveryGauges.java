package dev.retrotrack.metrics.epic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * {@code retrotrack_epic_stories{team,epic,state="planned|completed"}}, {@code retrotrack_epic_points{…}} and
 * {@code retrotrack_epic_completion_ratio{team,epic}}, from each epic's story events or else its latest retro
 * ({@link EpicDelivery}), and
 * {@code retrotrack_followthrough_ratio{team}}. Replaced as a whole from the shared ledger; an unknown figure has no
 * series.
 */
public class EpicDeliveryGauges {

    private final MultiGauge stories;
    private final MultiGauge points;
    private final MultiGauge ratio;
    private final MultiGauge followThrough;

    public EpicDeliveryGauges(MeterRegistry registry) {
        stories = MultiGauge.builder("retrotrack.epic.stories")
                .description("Stories of an epic, planned and completed: from its story events, else its latest retro")
                .register(registry);
        points = MultiGauge.builder("retrotrack.epic.points")
                .description("Story points of an epic, planned and completed: from its story events, else its latest retro")
                .register(registry);
        ratio = MultiGauge.builder("retrotrack.epic.completion.ratio")
                .description("Completed over planned stories of an epic (0..1)")
                .register(registry);
        followThrough = MultiGauge.builder("retrotrack.followthrough.ratio")
                .description("Share of the previous retro's action items the latest retro reported done (0..1)")
                .register(registry);
    }

    /** Per team, the follow-through ratio of its latest retro that reported on the previous one. */
    public void replaceFollowThrough(Map<String, Double> ratios) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        ratios.forEach((team, value) -> rows.add(MultiGauge.Row.of(Tags.of("team", team), value)));
        followThrough.register(rows, true);
    }

    public void replace(List<EpicDelivery.Epic> epics) {
        List<MultiGauge.Row<?>> storyRows = new ArrayList<>();
        List<MultiGauge.Row<?>> pointRows = new ArrayList<>();
        List<MultiGauge.Row<?>> ratioRows = new ArrayList<>();
        for (EpicDelivery.Epic epic : epics) {
            add(storyRows, epic, "planned", epic.storiesPlanned());
            add(storyRows, epic, "completed", epic.storiesCompleted());
            add(pointRows, epic, "planned", epic.pointsPlanned());
            add(pointRows, epic, "completed", epic.pointsCompleted());
            if (epic.completionRatio() != null) {
                ratioRows.add(MultiGauge.Row.of(Tags.of("team", epic.team(), "epic", epic.epic()),
                        epic.completionRatio()));
            }
        }
        stories.register(storyRows, true);
        points.register(pointRows, true);
        ratio.register(ratioRows, true);
    }

    private static void add(List<MultiGauge.Row<?>> rows, EpicDelivery.Epic epic, String state, Integer value) {
        if (value != null) {
            rows.add(MultiGauge.Row.of(Tags.of("team", epic.team(), "epic", epic.epic(), "state", state), value));
        }
    }
}
