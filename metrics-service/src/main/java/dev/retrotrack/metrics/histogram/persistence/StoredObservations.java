package dev.retrotrack.metrics.histogram.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.retrotrack.metrics.histogram.StoredHistogram;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;

/**
 * Reads a histogram's series from a collection of observations, each a document with its label fields,
 * {@code seconds} and the {@code bound} it fell under: one aggregation counts and sums them per label set and
 * bound, so only a few rows travel, however many observations there are.
 */
public final class StoredObservations {

    private StoredObservations() {
    }

    /** Replaces the histogram's series with what the collection holds; a missing label value reads "unknown". */
    public static void refresh(MongoTemplate mongo, Class<?> collection, StoredHistogram histogram,
                               String... labelFields) {
        String[] groupBy = Arrays.copyOf(labelFields, labelFields.length + 1);
        groupBy[labelFields.length] = "bound";
        Map<Map<String, String>, Map<Double, Long>> counts = new LinkedHashMap<>();
        Map<Map<String, String>, Double> sums = new LinkedHashMap<>();
        mongo.aggregate(Aggregation.newAggregation(Aggregation.group(groupBy).count().as("count")
                        .sum("seconds").as("seconds")), collection, Document.class)
                .forEach(row -> {
                    Document id = row.get("_id", Document.class);
                    Map<String, String> labels = new LinkedHashMap<>();
                    for (String field : labelFields) {
                        Object value = id.get(field);
                        labels.put(field, value == null ? "unknown" : value.toString());
                    }
                    counts.computeIfAbsent(labels, key -> new LinkedHashMap<>()).merge(
                            id.get("bound", Number.class).doubleValue(), row.get("count", Number.class).longValue(),
                            Long::sum);
                    sums.merge(labels, row.get("seconds", Number.class).doubleValue(), Double::sum);
                });
        List<StoredHistogram.Series> series = new ArrayList<>();
        counts.forEach((labels, perBound) -> series.add(new StoredHistogram.Series(labels,
                histogram.buckets().countPerBucket(perBound), sums.get(labels))));
        histogram.replace(series);
    }
}
