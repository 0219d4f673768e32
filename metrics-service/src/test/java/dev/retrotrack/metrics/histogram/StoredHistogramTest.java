package dev.retrotrack.metrics.histogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

class StoredHistogramTest {

    private static final DurationBuckets BUCKETS = new DurationBuckets(new double[] {60, 3600,
            Double.POSITIVE_INFINITY});

    @Test
    void observationsFallUnderTheSmallestBoundAtOrAboveThem() {
        assertThat(BUCKETS.boundFor(Duration.ofSeconds(60))).isEqualTo(60);
        assertThat(BUCKETS.boundFor(Duration.ofSeconds(61))).isEqualTo(3600);
        assertThat(BUCKETS.boundFor(Duration.ofDays(3))).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void storedCountsLandInTheirBucketsAndARemovedBoundCountsInTheNextLargerOne() {
        assertThat(BUCKETS.countPerBucket(Map.of(60.0, 2L, 3600.0, 1L, 120.0, 4L,
                Double.POSITIVE_INFINITY, 5L))).containsExactly(2, 5, 5);
    }

    @Test
    void boundsMustAscendAndEndInInfinity() {
        assertThatThrownBy(() -> new DurationBuckets(new double[] {60, 30, Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DurationBuckets(new double[] {60}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exportsCumulativeBucketsSumAndCountInPrometheusTextFormat() throws Exception {
        StoredHistogram histogram = new StoredHistogram("retrotrack_test_duration_seconds", "a test", BUCKETS);
        histogram.replace(List.of(new StoredHistogram.Series(Map.of("team", "phoenix"), new long[] {2, 1, 1},
                7300.5)));
        PrometheusRegistry registry = new PrometheusRegistry();
        registry.register(histogram);

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains(
                "# TYPE retrotrack_test_duration_seconds histogram",
                "retrotrack_test_duration_seconds_bucket{team=\"phoenix\",le=\"60.0\"} 2",
                "retrotrack_test_duration_seconds_bucket{team=\"phoenix\",le=\"3600.0\"} 3",
                "retrotrack_test_duration_seconds_bucket{team=\"phoenix\",le=\"+Inf\"} 4",
                "retrotrack_test_duration_seconds_count{team=\"phoenix\"} 4",
                "retrotrack_test_duration_seconds_sum{team=\"phoenix\"} 7300.5");
    }

    @Test
    void aSeriesWithTheWrongNumberOfBucketsIsRefused() {
        StoredHistogram histogram = new StoredHistogram("retrotrack_test_duration_seconds", "a test", BUCKETS);

        assertThatThrownBy(() -> histogram.replace(List.of(new StoredHistogram.Series(Map.of(), new long[] {1}, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
