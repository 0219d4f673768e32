package dev.retrotrack.ingest.sprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class SprintStatusFileTest {

    private static final String FILE = """
            # generated: 2026-11-20
            # project: checkout
            development_status:
              epic-1: done
              1-1-project-setup: done
              1-2-account-management: drafted   # BMAD 4 word
              epic-1-retrospective: completed
              epic-2: contexted
              2-1-cart: in-progress
              2-2a-cart-hotfix: review
              2-3-coupons: moved-to-epic-4
              epic-3-5: backlog
              3-5-1-tax-rules: ready-for-dev
              3-2-invoices: backlog
            """;

    @Test
    void readsEpicsStoriesAndRetrospectivesWithLegacyWordsAndDecimalEpics() {
        SprintStatusFile.Contents contents = SprintStatusFile.read(FILE);

        assertThat(contents.epics()).containsEntry("1", "done").containsEntry("2", "contexted")
                .containsEntry("3.5", "backlog");
        assertThat(contents.retrospectives()).containsEntry("1", "completed");
        assertThat(contents.stories().values())
                .extracting(SprintStatusFile.Story::key, SprintStatusFile.Story::epic, SprintStatusFile.Story::number,
                        story -> story.known().orElse(null))
                .containsExactly(
                        tuple("1-1-project-setup", "1", "1.1", StoryStatus.DONE),
                        tuple("1-2-account-management", "1", "1.2", StoryStatus.READY_FOR_DEV),
                        tuple("2-1-cart", "2", "2.1", StoryStatus.IN_PROGRESS),
                        tuple("2-2a-cart-hotfix", "2", "2.2a", StoryStatus.REVIEW),
                        tuple("2-3-coupons", "2", "2.3", null),
                        tuple("3-5-1-tax-rules", "3.5", "3.5.1", StoryStatus.READY_FOR_DEV),
                        tuple("3-2-invoices", "3", "3.2", StoryStatus.BACKLOG));
        assertThat(contents.warnings()).containsExactly(
                "story '2-3-coupons' has the unknown status 'moved-to-epic-4' (kept)");
    }

    @Test
    void refusesWhatIsNotYamlNamingTheLine() {
        assertThatThrownBy(() -> SprintStatusFile.read("development_status:\n  epic-1: done\n  - broken: [\n"))
                .isInstanceOf(SprintStatusException.class)
                .satisfies(e -> assertThat(((SprintStatusException) e).line()).isNotNull().isBetween(2, 4))
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void refusesFilesWithoutDevelopmentStatusEmptyOnesAndHugeOnes() {
        assertThatThrownBy(() -> SprintStatusFile.read("project: x\n")).hasMessageContaining("development_status");
        assertThatThrownBy(() -> SprintStatusFile.read("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> SprintStatusFile.read("development_status:\n" + "  1-1-x: done\n".repeat(30_000)))
                .hasMessageContaining("larger than");
    }

    @Test
    void filesWithTagsAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> SprintStatusFile.read("""
                development_status:
                  1-1-a: !!java.net.URL [ "http://example.com" ]
                """)).isInstanceOf(SprintStatusException.class).hasMessageContaining("java.net.URL")
                .satisfies(e -> assertThat(((SprintStatusException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> SprintStatusFile.read("development_status:\n  1-1-a: !custom done\n"))
                .isInstanceOf(SprintStatusException.class).hasMessageContaining("tags are not accepted");
    }

    @Test
    void structuresWhereAWordBelongsNeverBecomeObjects() {
        SprintStatusFile.Contents contents = SprintStatusFile.read("""
                development_status:
                  1-2-b: { nested: done }
                  1-3-c: done
                """);

        assertThat(contents.stories().get("1-3-c").known()).contains(StoryStatus.DONE);
        assertThat(contents.stories().get("1-2-b").status()).isNull();
        assertThat(contents.warnings()).anyMatch(w -> w.contains("'1-2-b' has a structure"));
    }

    @Test
    void deeplyNestedDocumentsAreRefused() {
        String deep = "development_status:\n  x: " + "[".repeat(64) + "]".repeat(64) + "\n";

        assertThatThrownBy(() -> SprintStatusFile.read(deep)).isInstanceOf(SprintStatusException.class);
    }
}
