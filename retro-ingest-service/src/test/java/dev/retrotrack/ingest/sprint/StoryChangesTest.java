package dev.retrotrack.ingest.sprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;

class StoryChangesTest {

    private static Map<String, SprintStatusFile.Story> file(String body) {
        return SprintStatusFile.read("development_status:\n" + body).stories();
    }

    @Test
    void sameFileAgainChangesNothing() {
        Map<String, SprintStatusFile.Story> now = file("  1-1-a: done\n  1-2-b: in-progress\n");

        assertThat(StoryChanges.between(Map.of("1-1-a", "done", "1-2-b", "in-progress"), now)).isEmpty();
    }

    @Test
    void storiesStartFinishAndReopenOnlyOnRealChanges() {
        Map<String, SprintStatusFile.Story> now = file("""
                  1-1-a: in-progress
                  1-2-b: done
                  1-3-c: review
                  1-4-d: ready-for-dev
                  1-5-e: review
                """);

        assertThat(StoryChanges.between(Map.of("1-1-a", "ready-for-dev", "1-2-b", "review", "1-3-c", "done",
                        "1-4-d", "drafted", "1-5-e", "in-progress"), now))
                .extracting(StoryChanges.Change::kind, StoryChanges.Change::storyKey,
                        StoryChanges.Change::previousStatus)
                .containsExactly(
                        tuple(StoryChanges.Kind.STARTED, "1-1-a", "ready-for-dev"),
                        tuple(StoryChanges.Kind.FINISHED, "1-2-b", "review"),
                        tuple(StoryChanges.Kind.REOPENED, "1-3-c", "done"),
                        tuple(StoryChanges.Kind.STARTED, "1-3-c", "done"));
    }

    @Test
    void firstSightOfADoneStoryPlansAndFinishesItAndUnknownWordsChangeNothing() {
        Map<String, SprintStatusFile.Story> now = file("  2-1-a: done\n  2-2-b: moved-to-epic-4\n");

        assertThat(StoryChanges.between(Map.of("2-2-b", "in-progress"), now))
                .extracting(StoryChanges.Change::kind, StoryChanges.Change::storyKey, StoryChanges.Change::epic)
                .containsExactly(tuple(StoryChanges.Kind.PLANNED, "2-1-a", "2"),
                        tuple(StoryChanges.Kind.FINISHED, "2-1-a", "2"));
    }

    @Test
    void everyStoryFirstSeenIsPlannedExceptCancelledOnesAndOnlyOnce() {
        Map<String, SprintStatusFile.Story> now = file("""
                  3-1-a: backlog
                  3-2-b: drafted
                  3-2a-c: ready-for-dev
                  3-3-d: in-progress
                  3-4-e: review
                  3-5-f: cancelled
                  3-6-g: moved-to-epic-4
                """);

        assertThat(StoryChanges.between(Map.of(), now))
                .extracting(StoryChanges.Change::kind, StoryChanges.Change::storyKey, StoryChanges.Change::newStatus)
                .containsExactly(
                        tuple(StoryChanges.Kind.PLANNED, "3-1-a", "backlog"),
                        tuple(StoryChanges.Kind.PLANNED, "3-2-b", "drafted"),
                        tuple(StoryChanges.Kind.PLANNED, "3-2a-c", "ready-for-dev"),
                        tuple(StoryChanges.Kind.PLANNED, "3-3-d", "in-progress"),
                        tuple(StoryChanges.Kind.STARTED, "3-3-d", "in-progress"),
                        tuple(StoryChanges.Kind.PLANNED, "3-4-e", "review"),
                        tuple(StoryChanges.Kind.STARTED, "3-4-e", "review"));
        assertThat(StoryChanges.between(Map.of("3-1-a", "backlog"), file("  3-1-a: ready-for-dev\n"))).isEmpty();
    }
}
