package dev.retrotrack.ingest.sprint;

import java.util.Locale;
import java.util.Optional;

/**
 * A story's status in a sprint-status file, across BMAD versions: {@code drafted} is the old word for
 * {@code ready-for-dev}. Words teams add ({@code moved-to-epic-4}) are not guessed at: {@link #of} returns empty and
 * the reader keeps the word with a warning.
 */
public enum StoryStatus {
    BACKLOG, READY_FOR_DEV, IN_PROGRESS, REVIEW, DONE, CANCELLED;

    public static Optional<StoryStatus> of(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "backlog" -> Optional.of(BACKLOG);
            case "drafted", "ready-for-dev", "ready" -> Optional.of(READY_FOR_DEV);
            case "in-progress" -> Optional.of(IN_PROGRESS);
            case "review", "in-review" -> Optional.of(REVIEW);
            case "done" -> Optional.of(DONE);
            case "cancelled", "canceled" -> Optional.of(CANCELLED);
            default -> Optional.empty();
        };
    }

    /** Being worked on: in progress or in review. */
    public boolean started() {
        return this == IN_PROGRESS || this == REVIEW;
    }
}
