package dev.retrotrack.events;

import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer for {@link EventEnvelope}s. Throws {@link InvalidEventException} for anything that
 * is not a valid event; wrap it in an error-handling deserializer so such records reach the dead-letter topic.
 */
public class EventDeserializer implements Deserializer<EventEnvelope<?>> {

    @Override
    public EventEnvelope<?> deserialize(String topic, byte[] data) {
        return EventCodec.decode(data);
    }
}
