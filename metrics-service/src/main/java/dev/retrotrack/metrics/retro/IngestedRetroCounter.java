package dev.retrotrack.metrics.retro;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code retrotrack_retros_ingested_total{team}}: retros accepted per team. Its value is the stored projection's
 * count, so it survives restarts and never counts a redelivered event twice.
 */
public class IngestedRetroCounter {

    static final String NAME = "retrotrack.retros.ingested";

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> perTeam = new ConcurrentHashMap<>();

    public IngestedRetroCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Sets a team's count from the stored projection (at start-up). */
    public void restore(String team, long count) {
        counter(team).set(count);
    }

    /** One more retro of this team was recorded for the first time. */
    public void increment(String team) {
        counter(team).incrementAndGet();
    }

    private AtomicLong counter(String team) {
        return perTeam.computeIfAbsent(team, t -> {
            AtomicLong count = new AtomicLong();
            FunctionCounter.builder(NAME, count, AtomicLong::doubleValue)
                    .description("Retrospectives accepted, per team")
                    .tag("team", t)
                    .register(registry);
            return count;
        });
    }
}
