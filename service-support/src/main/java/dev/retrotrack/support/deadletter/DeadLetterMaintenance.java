package dev.retrotrack.support.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.retrotrack.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps {@code retrotrack_dead_letters_pending{topic}} equal to the store (every event topic has a series, 0 when
 * none is pending) and removes dead letters redriven or discarded longer ago than the retention, every few seconds
 * and every hour.
 */
public class DeadLetterMaintenance {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterMaintenance.class);

    private final DeadLetterStore store;
    private final Duration retention;
    private final Clock clock;
    private final MultiGauge pending;

    public DeadLetterMaintenance(DeadLetterStore store, Duration retention, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
        this.pending = MultiGauge.builder("retrotrack.dead.letters.pending")
                .description("Dead letters of this service not yet redriven or discarded, by source topic")
                .register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${retrotrack.dead-letters.refresh-interval:5s}")
    public void refreshGauge() {
        try {
            var counts = store.pendingByTopic();
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            Topics.EVENT_TOPICS.forEach(topic -> rows.add(MultiGauge.Row.of(Tags.of("topic", topic),
                    counts.getOrDefault(topic, 0L))));
            pending.register(rows, true);
        } catch (DataAccessException unreachable) {
            log.debug("Dead-letter gauge not refreshed: {}", unreachable.getMessage());
        }
    }

    @Scheduled(initialDelayString = "${retrotrack.dead-letters.cleanup-interval:1h}",
            fixedDelayString = "${retrotrack.dead-letters.cleanup-interval:1h}")
    public void deleteExpired() {
        long deleted = store.deleteResolvedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("Removed {} dead letter(s) redriven or discarded more than {} ago", deleted, retention);
        }
    }
}
