package dev.retrotrack.tracker.item;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;

/** What one retro says about one item. Any field but kind and title may be unknown ({@code null}). */
public record ItemDraft(ItemKind kind, String title, String owner, String deadline, Priority priority,
                        ItemStatus status, String debtId, String category, String acceptanceCriteria,
                        String location) {
}
