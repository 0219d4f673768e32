package dev.retrotrack.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The wire format of every event type, pinned by a reviewed golden file. A failure here means a change would
 * break consumers: make it additive, or bump the schema version on purpose.
 */
class GoldenJsonTest {

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("RetroSubmitted.v1.json", GoldenEvents.retroSubmitted()),
                Arguments.of("ActionItemStateChanged.v1.json", GoldenEvents.actionItemStateChanged()),
                Arguments.of("StoryPlanned.v1.json", GoldenEvents.storyPlanned()),
                Arguments.of("StoryStarted.v1.json", GoldenEvents.storyStarted()),
                Arguments.of("StoryFinished.v1.json", GoldenEvents.storyFinished()),
                Arguments.of("StoryReopened.v1.json", GoldenEvents.storyReopened()));
    }

    @ParameterizedTest
    @MethodSource("events")
    void encodesExactlyAsTheGoldenFile(String golden, EventEnvelope<?> event) throws IOException {
        JsonNode encoded = EventCodec.mapper().readTree(EventCodec.encode(event));

        assertThat(encoded).isEqualTo(goldenTree(golden));
    }

    @ParameterizedTest
    @MethodSource("events")
    void decodesTheGoldenFileToTheSameEvent(String golden, EventEnvelope<?> event) throws IOException {
        try (InputStream in = resource(golden)) {
            assertThat(EventCodec.decode(in.readAllBytes())).isEqualTo(event);
        }
    }

    static JsonNode goldenTree(String golden) throws IOException {
        try (InputStream in = resource(golden)) {
            return EventCodec.mapper().readTree(in);
        }
    }

    private static InputStream resource(String golden) {
        InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + golden);
        assertThat(in).as("golden file " + golden).isNotNull();
        return in;
    }
}
