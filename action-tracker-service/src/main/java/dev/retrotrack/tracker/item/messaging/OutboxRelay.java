package dev.retrotrack.tracker.item.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.retrotrack.events.EventCodec;
import dev.retrotrack.tracker.item.persistence.ItemStore;
import dev.retrotrack.tracker.item.persistence.OutboxEntry;
import dev.retrotrack.support.messaging.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the events waiting in items' outboxes and removes each once the broker confirmed it. Called right
 * after a change is saved; a periodic sweep also publishes what a crash or a broker outage left behind. An event
 * may go out twice (crash after publish, before removal); it keeps its event id and item version, so consumers
 * drop the repeat.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Entries younger than this are left to the writer's own flush. */
    private static final Duration SWEEP_GRACE = Duration.ofSeconds(5);
    private static final int SWEEP_BATCH = 500;
    /** Longer than the producer's delivery timeout (retrotrack-defaults: 15 s), so a send is never still pending. */
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(20);

    private final ItemStore store;
    private final EventPublisher publisher;

    OutboxRelay(ItemStore store, EventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    /**
     * Publishes events just written to these items' outboxes, in order per item, waits for the broker and removes
     * the published ones from their outboxes. Every event is handed to the producer before any confirmation is
     * awaited, so a retro that changes hundreds of items costs one round of batches, not one round trip per item;
     * the confirmed ones are then removed in one bulk write.
     *
     * @param outboxes item id → that item's outbox as written
     * @throws IllegalStateException after removing what was confirmed, if the broker did not confirm an event (it and
     *                               its item's later events stay in the outbox for the sweep)
     */
    public void publish(Map<String, List<OutboxEntry>> outboxes) {
        Map<String, List<CompletableFuture<?>>> sends = new LinkedHashMap<>();
        outboxes.forEach((itemId, entries) -> sends.put(itemId, entries.stream()
                .<CompletableFuture<?>>map(entry -> publisher.publishAsync(
                        EventCodec.decode(entry.envelope().getBytes(StandardCharsets.UTF_8))))
                .toList()));
        Map<String, List<UUID>> published = new LinkedHashMap<>();
        IllegalStateException unconfirmed = null;
        for (Map.Entry<String, List<OutboxEntry>> item : outboxes.entrySet()) {
            List<CompletableFuture<?>> itemSends = sends.get(item.getKey());
            for (int i = 0; i < itemSends.size(); i++) {
                try {
                    confirmed(itemSends.get(i));
                } catch (IllegalStateException e) {
                    unconfirmed = unconfirmed == null ? e : unconfirmed;
                    break; // this item's later events stay too, so they go out again in order
                }
                published.computeIfAbsent(item.getKey(), id -> new ArrayList<>())
                        .add(item.getValue().get(i).eventId());
            }
        }
        store.markPublished(published);
        if (unconfirmed != null) {
            throw unconfirmed;
        }
    }

    /** Waits for the broker's confirmation, bounded: an unconfirmed event stays in the outbox for the sweep. */
    private static void confirmed(CompletableFuture<?> send) {
        try {
            send.get(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not confirm an event: " + e, e);
        }
    }

    @Scheduled(fixedDelayString = "${retrotrack.outbox.sweep-interval:2s}",
            initialDelayString = "${retrotrack.outbox.sweep-interval:2s}")
    void sweep() {
        List<String> stuck = store.withPendingEvents(Instant.now().minus(SWEEP_GRACE), SWEEP_BATCH);
        if (stuck.isEmpty()) {
            return;
        }
        log.info("Publishing events left in the outbox of {} item(s)", stuck.size());
        int failed = 0;
        for (String itemId : stuck) {
            // One item's failure (a record the broker refuses) must not hold back every other item's events.
            try {
                publish(Map.of(itemId, store.pendingEvents(itemId)));
            } catch (RuntimeException e) {
                failed++;
                log.warn("Events of item {} stay in its outbox, next sweep retries: {}", itemId, e.getMessage());
            }
        }
        if (failed > 0) {
            log.warn("Outbox sweep: {} of {} item(s) could not be published", failed, stuck.size());
        }
    }
}
