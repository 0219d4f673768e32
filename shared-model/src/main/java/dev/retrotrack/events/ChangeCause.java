package dev.retrotrack.events;

/** Why a tracked item changed state. */
public enum ChangeCause {
    /** A retrospective created or reported on the item. */
    RETRO,
    /** A person changed it through the tracker API. */
    API,
    /** A later retro's follow-through section reported on it. */
    FOLLOW_THROUGH,
    /** The scheduled overdue check. */
    OVERDUE_CHECK,
    /** A story event: work on the epic an item's milestone waits for began, so the item fell due. */
    STORY
}
