package dev.retrotrack.support.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.retrotrack.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code retrotrack_dead_letters_total{topic}}: records this instance sent to the dead-letter topic, by the topic they
 * came from. Registered at zero for every event topic, so dashboards and the {@code DeadLetterEventsGrowing} alert
 * have a series before the first dead letter. Each instance counts what it dead-lettered itself: add instances up
 * ({@code sum by (topic)}).
 */
public class DeadLetterCounter {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public DeadLetterCounter(MeterRegistry registry) {
        this.registry = registry;
        Topics.EVENT_TOPICS.forEach(this::counter);
    }

    public void deadLettered(String sourceTopic) {
        counter(sourceTopic).increment();
    }

    private Counter counter(String topic) {
        return counters.computeIfAbsent(topic, name -> Counter.builder("retrotrack.dead.letters")
                .description("Records sent to the dead-letter topic, by the topic they came from")
                .tag("topic", name)
                .register(registry));
    }
}
