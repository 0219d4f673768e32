package dev.retrotrack.tracker.item.application;

import java.util.List;
import java.util.Optional;

import dev.retrotrack.tracker.item.TrackedItem;
import dev.retrotrack.tracker.item.persistence.ItemQuery;
import dev.retrotrack.tracker.item.persistence.ItemStore;
import dev.retrotrack.tracker.item.persistence.StoredItem;
import org.springframework.stereotype.Service;

/** Reading items. */
@Service
public class ItemQueries {

    private final ItemStore store;

    ItemQueries(ItemStore store) {
        this.store = store;
    }

    public Page list(ItemQuery query) {
        return new Page(store.page(query), store.count(query));
    }

    public Optional<TrackedItem> find(String id) {
        return store.find(id).map(StoredItem::item);
    }

    /** One page of items and how many match in all. */
    public record Page(List<TrackedItem> items, long total) {
    }
}
