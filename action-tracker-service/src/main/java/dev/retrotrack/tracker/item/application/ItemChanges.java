package dev.retrotrack.tracker.item.application;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.TraceContext;
import dev.retrotrack.tracker.item.ItemEvents;
import dev.retrotrack.tracker.item.TrackedItem;
import dev.retrotrack.tracker.item.messaging.OutboxRelay;
import dev.retrotrack.tracker.item.persistence.ItemStore;
import dev.retrotrack.tracker.item.persistence.OutboxEntry;
import dev.retrotrack.tracker.item.persistence.StoredItem;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one way items change: load, apply a domain change, save the item together with the events it produced (its
 * outbox) in one single-document write, and after the batch publish those events. A concurrent writer makes the
 * save fail on the revision; the change is then applied again to what that writer saved.
 */
@Component
public class ItemChanges {

    /** Concurrent writers on one item are rare (a person and a retro at the same moment); a few tries suffice. */
    private static final int ATTEMPTS = 5;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ItemChanges.class);

    private final ItemStore store;
    private final OutboxRelay relay;

    ItemChanges(ItemStore store, OutboxRelay relay) {
        this.store = store;
        this.relay = relay;
    }

    public Batch batch(TraceContext trace) {
        return new Batch(trace);
    }

    /** Changes saved together and published together, in the order they were made. */
    public final class Batch {

        private final TraceContext trace;
        private final Map<String, List<OutboxEntry>> written = new LinkedHashMap<>();

        private Batch(TraceContext trace) {
            this.trace = trace;
        }

        /**
         * Applies {@code change} to the stored item and saves the result if it differs.
         *
         * @return the item after the change; empty if there is no item with this id
         */
        public Optional<TrackedItem> change(String id, UnaryOperator<TrackedItem> change) {
            for (int attempt = 1; ; attempt++) {
                Optional<StoredItem> stored = store.find(id);
                if (stored.isEmpty()) {
                    return Optional.empty();
                }
                TrackedItem before = stored.get().item();
                TrackedItem after = change.apply(before);
                if (after == before) {
                    return Optional.of(before);
                }
                try {
                    written.put(id, store.update(stored.get(), after, envelopes(before, after)));
                    return Optional.of(after);
                } catch (OptimisticLockingFailureException concurrentWrite) {
                    if (attempt == ATTEMPTS) {
                        throw concurrentWrite;
                    }
                }
            }
        }

        /**
         * Saves, in one bulk write, each of these items (of one team, ids distinct) that no item has the id of yet.
         *
         * @return the ids of those that existed already, left as they were
         */
        public List<String> createAllIfAbsent(String team, List<TrackedItem> items) {
            Map<String, List<OutboxEntry>> saved = store.insertAll(team, items.stream()
                    .map(item -> new ItemStore.NewItem(item, envelopes(null, item))).toList());
            written.putAll(saved);
            return items.stream().map(TrackedItem::id).filter(id -> !saved.containsKey(id)).toList();
        }

        /**
         * Applies {@code change} to each of these items, as read, and saves those it changed in one bulk write; an
         * item written by someone else since it was read gets the change applied again to what is stored now.
         */
        public void changeAll(String team, List<StoredItem> loaded, UnaryOperator<TrackedItem> change) {
            List<ItemStore.Write> writes = new ArrayList<>();
            for (StoredItem stored : loaded) {
                if (written.containsKey(stored.item().id())) {
                    // This batch wrote it since it was read (a follow-through row): the copy read is stale.
                    change(stored.item().id(), change);
                    continue;
                }
                TrackedItem before = stored.item();
                TrackedItem after = change.apply(before);
                if (after != before) {
                    writes.add(new ItemStore.Write(stored, after, envelopes(before, after)));
                }
            }
            Map<String, List<OutboxEntry>> saved = store.updateAll(team, writes);
            written.putAll(saved);
            for (ItemStore.Write write : writes) {
                if (!saved.containsKey(write.changed().id())) {
                    change(write.changed().id(), change);
                }
            }
        }

        /**
         * Publishes what this batch saved. The changes are saved whatever happens here: what fails to go out (the
         * broker is down) stays in the outboxes for the relay's sweep, so the caller is told the change succeeded.
         */
        public void publish() {
            try {
                relay.publish(written);
            } catch (RuntimeException e) {
                log.warn("Saved changes of {} item(s) could not be published now; the outbox sweep will: {}",
                        written.size(), e.getMessage());
            } finally {
                written.clear();
            }
        }

        private List<EventEnvelope<?>> envelopes(TrackedItem before, TrackedItem after) {
            return ItemEvents.between(before, after).stream()
                    .<EventEnvelope<?>>map(event -> EventEnvelope.wrap(event, after.id(), after.team(), trace,
                            Clock.fixed(event.at(), ZoneOffset.UTC)))
                    .toList();
        }
    }
}
