package dev.retrotrack.tracker.item.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.tracker.item.ItemDraft;
import dev.retrotrack.tracker.item.ItemEvents;
import dev.retrotrack.tracker.item.ItemId;
import dev.retrotrack.tracker.item.RetroItems;
import dev.retrotrack.tracker.item.TrackedItem;
import dev.retrotrack.tracker.item.messaging.OutboxRelay;
import dev.retrotrack.tracker.item.persistence.ItemStore;
import dev.retrotrack.tracker.item.persistence.OutboxEntry;
import dev.retrotrack.tracker.item.persistence.StoredItem;
import org.springframework.stereotype.Service;

/**
 * Turns a submitted retro into tracked items. Idempotent: the same event again, or the same retro posted again,
 * finds every item by its stable id and changes nothing that is already so. Times come from the event, so a
 * replay writes the same values.
 */
@Service
public class RetroIngestion {

    private final ItemStore store;
    private final OutboxRelay relay;

    RetroIngestion(ItemStore store, OutboxRelay relay) {
        this.store = store;
        this.relay = relay;
    }

    public void ingest(EventEnvelope<RetroSubmitted> event) {
        RetroSubmitted submitted = event.payload();
        String epicId = submitted.retro().epic().id();
        Map<String, List<OutboxEntry>> written = new LinkedHashMap<>();
        for (ItemDraft draft : RetroItems.of(submitted.retro())) {
            String id = ItemId.of(submitted.team(), epicId, draft.kind(), draft.debtId(), draft.title());
            Optional<StoredItem> stored = store.find(id);
            if (stored.isEmpty()) {
                TrackedItem raised = TrackedItem.raise(submitted.team(), epicId, draft, submitted.retroId(),
                        event.occurredAt());
                written.put(id, store.insert(raised, List.of(wrap(raised, event))));
            } else {
                TrackedItem current = stored.get().item();
                TrackedItem restated = current.restatedBy(draft, submitted.retroId(), event.occurredAt());
                if (restated != current) {
                    store.update(stored.get(), restated, new ArrayList<>());
                }
            }
        }
        relay.publish(written);
    }

    private static EventEnvelope<?> wrap(TrackedItem item, EventEnvelope<RetroSubmitted> cause) {
        return EventEnvelope.wrap(ItemEvents.raised(item), item.id(), item.team(), cause.trace(),
                java.time.Clock.fixed(cause.occurredAt(), java.time.ZoneOffset.UTC));
    }
}
