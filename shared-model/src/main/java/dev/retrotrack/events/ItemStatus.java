package dev.retrotrack.events;

/** Normalized state of an action item, debt item or story as Retrotrack tracks it. */
public enum ItemStatus {
    OPEN, IN_PROGRESS, DONE, BLOCKED, DEFERRED, DROPPED
}
