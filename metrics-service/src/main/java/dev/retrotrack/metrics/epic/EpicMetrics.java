package dev.retrotrack.metrics.epic;

import dev.retrotrack.metrics.histogram.DurationBuckets;
import dev.retrotrack.metrics.histogram.StoredHistogram;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every metric of epic delivery, defined in one place: the per-epic gauges and the story lead-time histogram
 * ({@code retrotrack_story_lead_time_seconds{team}}: a story's first start to its first finish).
 */
public record EpicMetrics(EpicDeliveryGauges delivery, StoredHistogram leadTime) {

    public static EpicMetrics register(MeterRegistry registry) {
        return new EpicMetrics(new EpicDeliveryGauges(registry),
                new StoredHistogram("retrotrack_story_lead_time_seconds",
                        "Time from a story's first start to its first finish", DurationBuckets.STORY_LEAD_TIME));
    }
}
