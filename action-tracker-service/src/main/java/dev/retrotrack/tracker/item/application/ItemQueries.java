package dev.retrotrack.tracker.item.application;

import java.util.List;
import java.util.Optional;

import dev.retrotrack.tracker.item.FollowThroughReport;
import dev.retrotrack.tracker.item.TrackedItem;
import dev.retrotrack.tracker.item.persistence.FollowThroughReports;
import dev.retrotrack.tracker.item.persistence.ItemQuery;
import dev.retrotrack.tracker.item.persistence.ItemStore;
import dev.retrotrack.tracker.item.persistence.StoredItem;
import org.springframework.stereotype.Service;

/** Reading items. */
@Service
public class ItemQueries {

    private final ItemStore store;
    private final FollowThroughReports reports;

    ItemQueries(ItemStore store, FollowThroughReports reports) {
        this.store = store;
        this.reports = reports;
    }

    public Page list(ItemQuery query) {
        return new Page(store.page(query), store.count(query));
    }

    public Optional<TrackedItem> find(String id) {
        return store.find(id).map(StoredItem::item);
    }

    public Optional<FollowThroughReport> followThrough(String retroId) {
        return reports.find(retroId);
    }

    /** One page of items and how many match in all. */
    public record Page(List<TrackedItem> items, long total) {
    }
}
