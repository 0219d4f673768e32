package dev.retrotrack.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.retrotrack.events.EventCodec;
import dev.retrotrack.events.Retro;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The three real retros (one clean, one damaged as Windows-1252, one as Mac Roman) against hand-checked golden
 * files in src/test/resources/parsing/golden. A difference is either a regression or an improvement: look at the
 * diff, and update the golden file only after checking it against the document.
 */
class SampleGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"000_38001d1a66f0c17f", "002_623814e9645e2a49", "003_8cedfb38adeec1d1"})
    void sampleParsesExactlyAsItsGoldenFile(String sample) throws IOException {
        Retro retro = RetroMarkdownParser.parse(new String(read("samples/" + sample + ".txt"), StandardCharsets.UTF_8));

        JsonNode actual = EventCodec.mapper().valueToTree(retro);
        JsonNode golden = EventCodec.mapper().readTree(read("golden/" + sample + ".json"));

        assertThat(actual).isEqualTo(golden);
    }

    private static byte[] read(String path) throws IOException {
        try (InputStream in = SampleGoldenTest.class.getResourceAsStream("/parsing/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
