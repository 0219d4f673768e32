package dev.retrotrack.tracker.item;

import java.time.Instant;

import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.ItemStatus;

/**
 * One change in an item's life.
 *
 * @param at      when
 * @param cause   what caused it
 * @param actor   who: a person, or the retro id for retro-driven changes
 * @param from    state before ({@code null} at creation)
 * @param to      state after
 * @param note    what else changed, in words
 */
public record HistoryEntry(Instant at, ChangeCause cause, String actor, ItemStatus from, ItemStatus to,
                           String note) {
}
