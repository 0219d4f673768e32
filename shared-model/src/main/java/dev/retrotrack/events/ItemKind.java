package dev.retrotrack.events;

/** What a tracked item is: something the team agreed to do, or technical debt it recorded. */
public enum ItemKind {
    ACTION, DEBT
}
