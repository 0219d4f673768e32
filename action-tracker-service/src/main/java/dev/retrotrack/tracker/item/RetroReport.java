package dev.retrotrack.tracker.item;

import java.util.Objects;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;

/**
 * What retros last said about an item. A retro's statement is applied only where it differs from what retros said
 * before: a redelivered event, a re-posted retro or a later retro repeating itself says nothing new, so it cannot
 * undo what a person changed meanwhile; a retro that says something new (a corrected owner, "done") is applied.
 */
public record RetroReport(ItemStatus status, String owner, String deadline, Priority priority, String category,
                          String acceptanceCriteria, String location) {

    static final RetroReport NOTHING = new RetroReport(null, null, null, null, null, null, null);

    static RetroReport of(ItemDraft draft) {
        return NOTHING.with(draft);
    }

    /** This report updated with what {@code draft} states (fields it leaves out keep their last value). */
    RetroReport with(ItemDraft draft) {
        return new RetroReport(draft.status() == null ? status : draft.status(), stated(draft.owner(), owner),
                stated(draft.deadline(), deadline), draft.priority() == null ? priority : draft.priority(),
                stated(draft.category(), category), stated(draft.acceptanceCriteria(), acceptanceCriteria),
                stated(draft.location(), location));
    }

    RetroReport withStatus(ItemStatus reported) {
        return new RetroReport(reported, owner, deadline, priority, category, acceptanceCriteria, location);
    }

    /** The value a retro now states, if it is news: stated, and not what retros said last time. */
    static <T> boolean isNews(T stated, T saidBefore) {
        return stated != null && !(stated instanceof String text && text.isBlank()) && !Objects.equals(stated,
                saidBefore);
    }

    private static String stated(String value, String previous) {
        return value == null || value.isBlank() ? previous : value;
    }
}
