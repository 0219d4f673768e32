package dev.retrotrack.ingest.sprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to stories between the last known status of each and a new sprint-status file: only real changes
 * count, so sending the same file again changes nothing. A story seen for the first time (in any known status but
 * cancelled) is planned; one that comes into progress has started; one that reaches done has finished; one that
 * leaves done is reopened. Unknown status words change nothing but are remembered.
 */
public final class StoryChanges {

    private StoryChanges() {
    }

    /** One change of one story. {@code previousStatus} is the word the story had before, or {@code null}. */
    public record Change(Kind kind, String storyKey, String epic, String previousStatus, String newStatus) {

        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(storyKey, "storyKey");
        }
    }

    public enum Kind { PLANNED, STARTED, FINISHED, REOPENED }

    /**
     * @param lastKnown story key → the status word last seen for it (absent for a story seen for the first time)
     * @param now       the new file's stories
     */
    public static List<Change> between(Map<String, String> lastKnown, Map<String, SprintStatusFile.Story> now) {
        List<Change> changes = new ArrayList<>();
        now.values().forEach(story -> {
            String before = lastKnown.get(story.key());
            if (Objects.equals(before, story.status()) || story.known().isEmpty()) {
                return;
            }
            Optional<StoryStatus> was = StoryStatus.of(before);
            StoryStatus is = story.known().get();
            boolean wasPlanned = was.filter(status -> status != StoryStatus.CANCELLED).isPresent();
            if (!wasPlanned && is != StoryStatus.CANCELLED) { // consumers count a story once, by its key
                changes.add(new Change(Kind.PLANNED, story.key(), story.epic(), before, story.status()));
            }
            boolean wasDone = was.filter(status -> status == StoryStatus.DONE).isPresent();
            boolean wasStarted = was.filter(StoryStatus::started).isPresent();
            if (is == StoryStatus.DONE && !wasDone) {
                changes.add(new Change(Kind.FINISHED, story.key(), story.epic(), before, story.status()));
            } else if (wasDone && is != StoryStatus.DONE) {
                changes.add(new Change(Kind.REOPENED, story.key(), story.epic(), before, story.status()));
                if (is.started()) {
                    changes.add(new Change(Kind.STARTED, story.key(), story.epic(), before, story.status()));
                }
            } else if (is.started() && !wasStarted) {
                changes.add(new Change(Kind.STARTED, story.key(), story.epic(), before, story.status()));
            }
        });
        return changes;
    }
}
