package dev.retrotrack.tracker.item;

import java.time.Instant;
import java.util.List;

import dev.retrotrack.events.ItemStatus;

/**
 * What a retro's previous-retro follow-through section was matched to, row by row, so a team can see which rows
 * found their item and which did not (and fix the wording or the item).
 *
 * @param retroId the retro whose section this is
 * @param rows    every row, in the order written
 */
public record FollowThroughReport(String retroId, String team, String epicId, Instant at, List<Row> rows) {

    public FollowThroughReport {
        rows = List.copyOf(rows);
    }

    /**
     * @param title           the row as written
     * @param reported        the state the row reports; {@code null} if it gives none
     * @param itemId          the item it matched; {@code null} if none
     * @param itemTitle       that item's title
     * @param similarity      how alike the titles are, 0..1 (1 for a debt id match)
     * @param statusAfter     the item's state after the report was applied
     * @param unmatchedReason why no item was matched
     */
    public record Row(String title, ItemStatus reported, String itemId, String itemTitle, double similarity,
                      ItemStatus statusAfter, String unmatchedReason) {
    }
}
