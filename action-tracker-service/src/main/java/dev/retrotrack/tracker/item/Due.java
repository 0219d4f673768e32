package dev.retrotrack.tracker.item;

import java.time.LocalDate;
import java.util.Objects;

import dev.retrotrack.events.Epics;

/**
 * When an item is due and how that was decided.
 *
 * @param phrase    the deadline as the retro (or a person) wrote it; {@code null} when none was given
 * @param date      the due date; {@code null} for backlog items and milestones not yet reached
 * @param basis     how the date was derived
 * @param milestone for {@link Basis#MILESTONE}: the epic whose arrival makes the item due ("Before Epic 9" → "9")
 */
public record Due(String phrase, LocalDate date, Basis basis, String milestone) {

    /** How a due date was derived. */
    public enum Basis {
        /** A date the retro wrote ("2026-02-01", "Jan 15", "by 15/01/2026", "Q1 2026", "end of sprint"). */
        EXPLICIT,
        /** The service-level period of the item's priority, counted from the retro date. */
        SERVICE_LEVEL,
        /** Due when a retro or story of another epic arrives; {@code date} is set once it has. */
        MILESTONE,
        /** Set by a person through the API. */
        MANUAL,
        /** Parked in the backlog: no due date. */
        BACKLOG
    }

    public Due {
        Objects.requireNonNull(basis, "basis");
    }

    /** A milestone waiting for its epic. */
    public boolean awaits(String epicId) {
        return basis == Basis.MILESTONE && date == null && milestone != null && epicId != null
                && Epics.sameEpic(milestone, epicId);
    }

    Due reached(LocalDate on) {
        return new Due(phrase, on, basis, milestone);
    }

    /** In words, for the API and the history: "service level of HIGH (14 days from 2026-01-10)". */
    public String describe() {
        return switch (basis) {
            case EXPLICIT -> "written in the retro as '" + phrase + "'";
            case SERVICE_LEVEL -> phrase == null ? "no deadline given: the service level of the item's priority"
                    : "'" + phrase + "' resolved by the service level of the item's priority";
            case MILESTONE -> date == null ? "due when epic " + milestone + " arrives"
                    : "due since epic " + milestone + " arrived";
            case MANUAL -> "set by a person";
            case BACKLOG -> "in the backlog: no due date";
        };
    }
}
