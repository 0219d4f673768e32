package dev.retrotrack.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A tracked item changed state, or came into existence ({@code from} is {@code null} then).
 *
 * @param itemId      stable id of the item
 * @param team        its team
 * @param epicId      the epic whose retro created it
 * @param kind        action or debt
 * @param title       its title, for people reading the topic
 * @param from        previous state; {@code null} when the item was created
 * @param to          new state
 * @param at          when the change happened
 * @param cause       what caused it
 * @param actor       who caused it (person, or the retro id for retro-driven changes)
 * @param priority    priority at the time of the change; may be {@code null}
 * @param dueDate     due date at the time of the change; may be {@code null}
 * @param owner       owner at the time of the change; may be {@code null}
 * @param itemVersion the item's version after the change; increases with every change, so consumers can ignore
 *                    stale or replayed events
 * @param overdue     whether the item is past due and still open (set by the overdue check, once per item)
 * @param carriedOver how many later retros found the item still open
 * @param reason      why, in words: the drop reason, or what a person or retro said (may be {@code null})
 */
public record ActionItemStateChanged(
        String itemId,
        String team,
        String epicId,
        ItemKind kind,
        String title,
        ItemStatus from,
        ItemStatus to,
        Instant at,
        ChangeCause cause,
        String actor,
        Priority priority,
        LocalDate dueDate,
        String owner,
        long itemVersion,
        boolean overdue,
        int carriedOver,
        String reason) implements EventPayload {

    public ActionItemStateChanged {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
    }
}
