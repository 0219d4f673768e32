package dev.retrotrack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class EventCodecTest {

    @Test
    void toleratesFieldsAddedByNewerProducers() {
        ObjectNode tree = (ObjectNode) EventCodec.mapper().readTree(EventCodec.encode(GoldenEvents.storyFinished()));
        tree.put("addedLater", "x");
        ((ObjectNode) tree.get("payload")).put("alsoAddedLater", 7);

        assertThat(EventCodec.decode(bytes(tree.toString()))).isEqualTo(GoldenEvents.storyFinished());
    }

    @Test
    void refusesUnknownEventTypesNamingThem() {
        String json = EventCodec.mapper().writeValueAsString(GoldenEvents.storyFinished())
                .replace("\"StoryFinished\"", "\"StoryExploded\"");

        assertThatThrownBy(() -> EventCodec.decode(bytes(json)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("StoryExploded");
    }

    @Test
    void refusesSchemaVersionsNewerThanItReads() {
        String json = EventCodec.mapper().writeValueAsString(GoldenEvents.storyFinished())
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2");

        assertThatThrownBy(() -> EventCodec.decode(bytes(json)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("schemaVersion");
    }

    @Test
    void refusesMalformedEmptyAndIncompleteRecords() {
        assertThatThrownBy(() -> EventCodec.decode(bytes("{not json"))).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventCodec.decode(new byte[0])).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventCodec.decode(bytes("[1, 2]"))).isInstanceOf(InvalidEventException.class);
        String withoutTeam = EventCodec.mapper().writeValueAsString(GoldenEvents.storyFinished())
                .replace("\"team\":\"phoenix\",", "");
        assertThatThrownBy(() -> EventCodec.decode(bytes(withoutTeam))).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void envelopeRefusesATypeThatDoesNotMatchItsPayload() {
        EventEnvelope<StoryFinished> golden = GoldenEvents.storyFinished();

        assertThatThrownBy(() -> new EventEnvelope<>(golden.eventId(), "RetroSubmitted", 1, golden.occurredAt(),
                golden.subject(), golden.team(), golden.trace(), golden.payload()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typedAccessRefusesAPayloadOfAnotherType() {
        EventEnvelope<?> event = GoldenEvents.storyFinished();

        assertThat(event.as(StoryFinished.class).payload().storyKey()).isEqualTo("1-2-account-management");
        assertThatThrownBy(() -> event.as(RetroSubmitted.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("StoryFinished");
    }

    @Test
    void everyEventTypeHasItsOwnTopic() {
        assertThat(EventType.RETRO_SUBMITTED.topic()).isEqualTo("retro.submitted.v1");
        assertThat(EventType.ACTION_ITEM_STATE_CHANGED.topic()).isEqualTo("action-item.changed.v1");
        assertThat(EventType.STORY_FINISHED.topic()).isEqualTo("story.changed.v1");
        assertThat(Topics.EVENT_TOPICS).doesNotContain(Topics.DEAD_LETTER);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
