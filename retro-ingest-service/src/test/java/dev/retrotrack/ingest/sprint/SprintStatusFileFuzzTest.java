package dev.retrotrack.ingest.sprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz target for the sprint-status reader, the one place that reads YAML from outside. Under
 * {@code ./mvnw verify} it runs its corpus ({@code SprintStatusFileFuzzTestInputs/}) as a regression test; to fuzz,
 * run {@code JAZZER_FUZZ=1 ./mvnw -pl retro-ingest-service test -Dtest=SprintStatusFileFuzzTest} and add what it
 * finds to the corpus. Any text either reads (the same way twice, every story with a key and an epic or none) or is
 * refused with a {@link SprintStatusException}, which the API answers as a 400; nothing else may escape.
 */
class SprintStatusFileFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readsAnyTextSafely(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        SprintStatusFile.Contents contents;
        try {
            contents = SprintStatusFile.read(text);
        } catch (SprintStatusException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(contents.stories()).allSatisfy((key, story) -> assertThat(story.key()).isEqualTo(key));
        assertThat(SprintStatusFile.read(text)).isEqualTo(contents);
    }
}
