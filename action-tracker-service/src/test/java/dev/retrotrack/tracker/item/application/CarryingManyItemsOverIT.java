package dev.retrotrack.tracker.item.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.TraceContext;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import dev.retrotrack.tracker.item.DueDatePolicy;
import dev.retrotrack.tracker.item.ItemDraft;
import dev.retrotrack.tracker.item.TrackedItem;
import dev.retrotrack.tracker.item.persistence.ItemStore;
import dev.retrotrack.tracker.item.persistence.StoredItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bulk write of a carry-over ({@link ItemChanges.Batch#changeAll}) against the real wire server: every item
 * read is saved once, and an item somebody changed after it was read is neither overwritten with the stale copy nor
 * skipped: the carry-over is applied again to what was stored meanwhile.
 */
@RetrotrackIntegrationTest(properties = "retrotrack.tracker.overdue-initial-delay=1h")
class CarryingManyItemsOverIT {

    @Autowired
    ItemChanges changes;

    @Autowired
    ItemStore store;

    @Test
    void aBulkCarryOverSavesEachItemAndReappliesItToOneChangedMeanwhile() {
        String team = TestTeams.unique("bulk");
        TrackedItem.RetroContext first = retro("r1", "1", "2026-11-02");
        ItemChanges.Batch raising = changes.batch(TraceContext.NONE);
        raising.createAllIfAbsent(team, List.of("Alpha", "Bravo", "Charlie").stream()
                .map(title -> TrackedItem.raise(team, new ItemDraft(ItemKind.ACTION, title, "Ann", null,
                        Priority.HIGH, null, null, null, null, null), first, DueDatePolicy.DEFAULT)).toList());
        raising.publish();
        List<StoredItem> read = store.liveItemsOf(team);
        String bravo = idOf(read, "Bravo");

        // After the read, a retro of epic 2 carries Bravo over (as another listener or a redelivery would).
        ItemChanges.Batch meanwhile = changes.batch(TraceContext.NONE);
        meanwhile.change(bravo, item -> item.carriedInto(retro("r2", "2", "2026-11-16")));
        meanwhile.publish();

        ItemChanges.Batch carryOver = changes.batch(TraceContext.NONE);
        carryOver.changeAll(team, read, item -> item.carriedInto(retro("r3", "3", "2026-11-30")));
        carryOver.publish();

        Map<String, Integer> carried = store.liveItemsOf(team).stream().collect(Collectors.toMap(
                stored -> stored.item().title(), stored -> stored.item().carriedOver()));
        assertThat(carried).containsOnly(Map.entry("Alpha", 1), Map.entry("Bravo", 2), Map.entry("Charlie", 1));
        assertThat(store.liveItemsOf(team)).allSatisfy(stored -> assertThat(stored.pendingEvents()).isEmpty());
    }

    private static String idOf(List<StoredItem> items, String title) {
        return items.stream().map(StoredItem::item).filter(item -> item.title().equals(title)).findFirst()
                .orElseThrow().id();
    }

    private static TrackedItem.RetroContext retro(String id, String epic, String date) {
        return new TrackedItem.RetroContext(id, epic, LocalDate.parse(date), Instant.parse(date + "T12:00:00Z"));
    }
}
