package dev.retrotrack.tracker.item.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.StoryEvent;
import dev.retrotrack.events.StoryFinished;
import dev.retrotrack.events.StoryStarted;
import dev.retrotrack.tracker.item.TrackedItem;
import dev.retrotrack.tracker.item.persistence.EpicStarts;
import dev.retrotrack.tracker.item.persistence.ItemStore;
import dev.retrotrack.tracker.item.persistence.StoredItem;
import org.springframework.stereotype.Service;

/**
 * Items whose deadline is a milestone ("before Epic 9") fall due when work on that epic begins: its first story
 * started (or finished, when the team's status went straight to done), as well as when a retro of it arrives. A
 * story merely planned is not an arrival: sprint-status files list every epic's stories long before work starts.
 * Each start is remembered ({@link EpicStarts}), so an item raised later by a retro of an earlier epic is due at
 * once ({@link #dueIfStarted}). Applying the same event again changes nothing, as the item no longer waits.
 */
@Service
public class StoryArrivals {

    private final ItemStore store;
    private final ItemChanges changes;
    private final EpicStarts starts;

    StoryArrivals(ItemStore store, ItemChanges changes, EpicStarts starts) {
        this.store = store;
        this.changes = changes;
        this.starts = starts;
    }

    /** A newly raised item whose milestone epic already began is due since that day; any other item as it is. */
    TrackedItem dueIfStarted(String team, TrackedItem raised) {
        String milestone = raised.due().milestone();
        if (milestone == null || !raised.due().awaits(milestone)) {
            return raised;
        }
        return starts.find(team, milestone)
                .map(start -> raised.milestoneReached(milestone, LocalDate.ofInstant(start.at(), ZoneOffset.UTC),
                        ChangeCause.STORY, start.story(), start.at()))
                .orElse(raised);
    }

    public void on(EventEnvelope<?> event) {
        StoryEvent story = event.as(StoryEvent.class).payload();
        // Planned or reopened: no epic arrives. Started, or finished straight from a not-started state: it does.
        boolean arrival = story instanceof StoryStarted || story instanceof StoryFinished;
        if (!arrival || story.epicId() == null) {
            return;
        }
        String team = story.team();
        String epic = story.epicId();
        Instant at = story.at();
        starts.record(team, epic, story.storyKey(), at);
        LocalDate on = LocalDate.ofInstant(at, ZoneOffset.UTC);
        ItemChanges.Batch batch = changes.batch(event.trace());
        store.awaitingMilestone(team).stream().map(StoredItem::item).filter(item -> item.due().awaits(epic))
                .forEach(item -> batch.change(item.id(),
                        current -> current.milestoneReached(epic, on, ChangeCause.STORY, story.storyKey(), at)));
        batch.publish();
    }
}
