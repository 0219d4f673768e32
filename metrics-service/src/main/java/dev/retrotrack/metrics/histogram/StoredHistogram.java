package dev.retrotrack.metrics.histogram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * A Prometheus histogram of durations whose observations are stored (one per story or item, in MongoDB) rather
 * than held in memory: it is rebuilt from the store every few seconds, so it survives restarts, never counts a
 * redelivered event twice, and every instance of the service exports the same values (query with
 * {@code max by (le, …)}). A Micrometer timer cannot be set from stored data, so this is exported through the
 * Prometheus client's own collector model, which the scrape endpoint includes. Observations are never removed, so
 * buckets only grow, as Prometheus expects of a histogram.
 */
public class StoredHistogram implements MultiCollector {

    /** Observations counted per label set: how many fell at or below each bound (not cumulative) and their sum. */
    public record Series(Map<String, String> labels, long[] countPerBucket, double sumSeconds) {
    }

    private final String name;
    private final String help;
    private final DurationBuckets buckets;
    private final AtomicReference<List<Series>> series = new AtomicReference<>(List.of());

    /** @param name the Prometheus name, ending in {@code _seconds} */
    public StoredHistogram(String name, String help, DurationBuckets buckets) {
        this.name = name;
        this.help = help;
        this.buckets = buckets;
    }

    public DurationBuckets buckets() {
        return buckets;
    }

    /** Replaces every series; {@code countPerBucket} has one count per {@link DurationBuckets#bounds()}. */
    public void replace(List<Series> next) {
        next.forEach(one -> {
            if (one.countPerBucket().length != buckets.bounds().length) {
                throw new IllegalArgumentException("expected " + buckets.bounds().length + " bucket counts");
            }
        });
        series.set(List.copyOf(next));
    }

    @Override
    public MetricSnapshots collect() {
        List<HistogramSnapshot.HistogramDataPointSnapshot> points = new ArrayList<>();
        for (Series one : series.get()) {
            Labels.Builder labels = Labels.builder();
            one.labels().forEach(labels::label);
            points.add(HistogramSnapshot.HistogramDataPointSnapshot.builder()
                    .classicHistogramBuckets(ClassicHistogramBuckets.of(buckets.bounds(),
                            Arrays.copyOf(one.countPerBucket(), one.countPerBucket().length)))
                    .sum(one.sumSeconds())
                    .labels(labels.build())
                    .build());
        }
        return MetricSnapshots.of(new HistogramSnapshot(new MetricMetadata(name, help, Unit.SECONDS), points));
    }

    @Override
    public List<String> getPrometheusNames() {
        return List.of(name);
    }
}
