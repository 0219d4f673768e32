package dev.retrotrack.events;

import org.apache.kafka.common.serialization.Serializer;

/** Kafka value serializer for {@link EventEnvelope}s, using {@link EventCodec}. */
public class EventSerializer implements Serializer<EventEnvelope<?>> {

    @Override
    public byte[] serialize(String topic, EventEnvelope<?> envelope) {
        return envelope == null ? null : EventCodec.encode(envelope);
    }
}
