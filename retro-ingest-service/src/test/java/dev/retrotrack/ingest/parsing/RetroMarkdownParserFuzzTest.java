package dev.retrotrack.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.retrotrack.events.Retro;

/**
 * Jazzer fuzz target for the whole parse. Under {@code ./mvnw verify} it runs as a regression test over its corpus
 * ({@code src/test/resources/dev/retrotrack/ingest/parsing/RetroMarkdownParserFuzzTestInputs/}: retro shapes and any
 * input a fuzzing run found); to fuzz, run {@code JAZZER_FUZZ=1 ./mvnw -pl retro-ingest-service test
 * -Dtest=RetroMarkdownParserFuzzTest} and add what it finds to the corpus.
 */
class RetroMarkdownParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parsesAnyTextCompletely(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        Retro retro = RetroMarkdownParser.parse(text);

        // The parser's last resort (a warning that the document could not be fully read) is a bug to fix.
        assertThat(retro.warnings()).noneMatch(warning -> warning.line() == null
                && warning.message().startsWith(RetroMarkdownParser.UNREADABLE));
        assertThat(RetroMarkdownParser.parse(text)).isEqualTo(retro);
    }
}
