package dev.retrotrack.events;

import java.util.Arrays;
import java.util.Optional;

/** Maps each payload record to its wire name, schema version and topic. */
public enum EventType {
    RETRO_SUBMITTED("RetroSubmitted", RetroSubmitted.class, 1, Topics.RETRO_SUBMITTED),
    ACTION_ITEM_STATE_CHANGED("ActionItemStateChanged", ActionItemStateChanged.class, 1, Topics.ACTION_ITEM_CHANGED),
    STORY_PLANNED("StoryPlanned", StoryPlanned.class, 1, Topics.STORY_CHANGED),
    STORY_STARTED("StoryStarted", StoryStarted.class, 1, Topics.STORY_CHANGED),
    STORY_FINISHED("StoryFinished", StoryFinished.class, 1, Topics.STORY_CHANGED),
    STORY_REOPENED("StoryReopened", StoryReopened.class, 1, Topics.STORY_CHANGED);

    private final String wireName;
    private final Class<? extends EventPayload> payloadType;
    private final int schemaVersion;
    private final String topic;

    EventType(String wireName, Class<? extends EventPayload> payloadType, int schemaVersion, String topic) {
        this.wireName = wireName;
        this.payloadType = payloadType;
        this.schemaVersion = schemaVersion;
        this.topic = topic;
    }

    public String wireName() {
        return wireName;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String topic() {
        return topic;
    }

    public static EventType of(EventPayload payload) {
        return Arrays.stream(values())
                .filter(type -> type.payloadType.isInstance(payload))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + payload.getClass()));
    }

    public static Optional<EventType> byWireName(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }
}
