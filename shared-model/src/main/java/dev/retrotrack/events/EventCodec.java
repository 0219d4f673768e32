package dev.retrotrack.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of Retrotrack events. The envelope's {@code type} selects the payload record, so the
 * payload itself carries no type hints and other teams can consume the topics with any JSON library.
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.ALWAYS))
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Tolerant reader: producers may add fields before every consumer knows them.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventCodec() {
    }

    /** The mapper with Retrotrack's settings, for services that map event parts (e.g. a retro) on their own. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] encode(EventEnvelope<?> envelope) {
        return MAPPER.writeValueAsBytes(envelope);
    }

    public static EventEnvelope<?> decode(byte[] json) {
        if (json == null || json.length == 0) {
            throw new InvalidEventException("Empty record: expected a Retrotrack event envelope");
        }
        try {
            JsonNode tree = MAPPER.readTree(json);
            EventType type = typeOf(tree);
            int version = tree.path("schemaVersion").asInt(-1);
            if (version < 1 || version > type.schemaVersion()) {
                throw new InvalidEventException("Unsupported schemaVersion " + tree.path("schemaVersion")
                        + " for " + type.wireName() + "; this consumer reads up to " + type.schemaVersion());
            }
            JavaType envelopeType = MAPPER.getTypeFactory()
                    .constructParametricType(EventEnvelope.class, type.payloadType());
            return MAPPER.treeToValue(tree, envelopeType);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidEventException("Not a valid Retrotrack event: " + e.getMessage(), e);
        }
    }

    private static EventType typeOf(JsonNode tree) {
        if (!tree.isObject()) {
            throw new InvalidEventException("Expected a JSON object for an event envelope, got " + tree.getNodeType());
        }
        String wireName = tree.path("type").asString(null);
        if (wireName == null) {
            throw new InvalidEventException("Event envelope has no 'type'");
        }
        return EventType.byWireName(wireName)
                .orElseThrow(() -> new InvalidEventException("Unknown event type '" + wireName + "'"));
    }
}
