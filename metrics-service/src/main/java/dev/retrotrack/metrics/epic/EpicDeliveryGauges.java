package dev.retrotrack.metrics.epic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.retrotrack.metrics.support.GaugeSeries;

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

    private final GaugeSeries stories;
    private final GaugeSeries points;
    private final GaugeSeries ratio;
    private final GaugeSeries followThrough;

    public EpicDeliveryGauges(MeterRegistry registry) {
        stories = new GaugeSeries(MultiGauge.builder("retrotrack.epic.stories")
                .description("Stories of an epic, planned and completed: from its story events, else its latest retro")
                .register(registry));
        points = new GaugeSeries(MultiGauge.builder("retrotrack.epic.points")
                .description("Story points of an epic, planned and completed: from its story events, else its latest retro")
                .register(registry));
        ratio = new GaugeSeries(MultiGauge.builder("retrotrack.epic.completion.ratio")
                .description("Completed over planned stories of an epic (0..1)")
                .register(registry));
        followThrough = new GaugeSeries(MultiGauge.builder("retrotrack.followthrough.ratio")
                .description("Share of the previous retro's action items the latest retro reported done (0..1)")
                .register(registry));
    }

    /** Per team, the follow-through ratio of its latest retro that reported on the previous one. */
    public void replaceFollowThrough(Map<String, Double> ratios) {
        Map<Tags, Double> series = new LinkedHashMap<>();
        ratios.forEach((team, value) -> series.put(Tags.of("team", team), value));
        followThrough.replace(series);
    }

    public void replace(List<EpicDelivery.Epic> epics) {
        Map<Tags, Integer> storySeries = new LinkedHashMap<>();
        Map<Tags, Integer> pointSeries = new LinkedHashMap<>();
        Map<Tags, Double> ratioSeries = new LinkedHashMap<>();
        for (EpicDelivery.Epic epic : epics) {
            add(storySeries, epic, "planned", epic.storiesPlanned());
            add(storySeries, epic, "completed", epic.storiesCompleted());
            add(pointSeries, epic, "planned", epic.pointsPlanned());
            add(pointSeries, epic, "completed", epic.pointsCompleted());
            if (epic.completionRatio() != null) {
                ratioSeries.put(Tags.of("team", epic.team(), "epic", epic.epic()), epic.completionRatio());
            }
        }
        stories.replace(storySeries);
        points.replace(pointSeries);
        ratio.replace(ratioSeries);
    }

    private static void add(Map<Tags, Integer> series, EpicDelivery.Epic epic, String state, Integer value) {
        if (value != null) {
            series.put(Tags.of("team", epic.team(), "epic", epic.epic(), "state", state), value);
        }
    }
}
