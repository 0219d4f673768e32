package dev.retrotrack.metrics.histogram;

import java.time.Duration;
import java.util.Arrays;

/**
 * Fixed upper bounds (seconds, ascending, the last one +Inf) of a duration histogram. Each observation is stored
 * with the bound it fell under, so bounds may be added later (older observations stay in their coarser bucket);
 * an observation whose bound was removed counts in the next larger one.
 */
public record DurationBuckets(double[] bounds) {

    private static final double HOUR = 3600;
    private static final double DAY = 24 * HOUR;

    /** Story lead time, first start to finish: hours to a month. */
    public static final DurationBuckets STORY_LEAD_TIME = new DurationBuckets(new double[] {
            HOUR, 4 * HOUR, DAY, 2 * DAY, 3 * DAY, 5 * DAY, 7 * DAY, 14 * DAY, 30 * DAY,
            Double.POSITIVE_INFINITY});

    /** Action item cycle time, raised to done: a day to half a year (items span retros). */
    public static final DurationBuckets ITEM_CYCLE_TIME = new DurationBuckets(new double[] {
            DAY, 3 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 60 * DAY, 90 * DAY, 180 * DAY,
            Double.POSITIVE_INFINITY});

    public DurationBuckets {
        if (bounds.length == 0 || bounds[bounds.length - 1] != Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the last bound must be +Inf");
        }
        for (int i = 1; i < bounds.length; i++) {
            if (bounds[i] <= bounds[i - 1]) {
                throw new IllegalArgumentException("bounds must ascend");
            }
        }
        bounds = bounds.clone();
    }

    @Override
    public double[] bounds() {
        return bounds.clone();
    }

    /** The smallest bound at or above this duration: the bucket it is counted in. */
    public double boundFor(Duration duration) {
        double seconds = seconds(duration);
        return Arrays.stream(bounds).filter(bound -> seconds <= bound).findFirst().orElseThrow();
    }

    /** Per-bucket counts, given how many observations each stored bound holds. */
    public long[] countPerBucket(java.util.Map<Double, Long> countPerBound) {
        long[] counts = new long[bounds.length];
        countPerBound.forEach((bound, count) -> {
            int index = Arrays.binarySearch(bounds, bound);
            if (index < 0) { // a bound no longer listed: count it in the next larger one
                index = -index - 1;
            }
            counts[Math.min(index, bounds.length - 1)] += count;
        });
        return counts;
    }

    public static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DurationBuckets that && Arrays.equals(bounds, that.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return Arrays.toString(bounds);
    }
}
