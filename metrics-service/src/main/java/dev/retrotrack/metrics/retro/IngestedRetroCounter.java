package dev.retrotrack.metrics.retro;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code retrotrack_retros_ingested_total{team}}: retros accepted per team, and
 * {@code retrotrack_parse_warnings_total{team}}: the warnings their parsing produced (a rising rate means teams post
 * documents Retrotrack understands less well). Both equal what the stored projection recorded, so they survive
 * restarts and never count a redelivered event twice.
 */
public class IngestedRetroCounter {

    static final String NAME = "retrotrack.retros.ingested";
    static final String WARNINGS = "retrotrack.parse.warnings";

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> retros = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> warnings = new ConcurrentHashMap<>();

    public IngestedRetroCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Sets a team's counts from the stored projection (at start-up). */
    public void restore(String team, long retroCount, long warningCount) {
        counter(retros, NAME, "Retrospectives accepted, per team", team).set(retroCount);
        counter(warnings, WARNINGS, "Parse warnings of accepted retrospectives, per team", team).set(warningCount);
    }

    /** One more retro of this team, with this many parse warnings, was recorded for the first time. */
    public void increment(String team, int warningCount) {
        counter(retros, NAME, "Retrospectives accepted, per team", team).incrementAndGet();
        counter(warnings, WARNINGS, "Parse warnings of accepted retrospectives, per team", team)
                .addAndGet(warningCount);
    }

    private AtomicLong counter(Map<String, AtomicLong> counts, String name, String description, String team) {
        return counts.computeIfAbsent(team, t -> {
            AtomicLong count = new AtomicLong();
            FunctionCounter.builder(name, count, AtomicLong::doubleValue)
                    .description(description)
                    .tag("team", t)
                    .register(registry);
            return count;
        });
    }
}
