package dev.retrotrack.support.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import dev.retrotrack.events.EventCodec;
import dev.retrotrack.events.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.serializer.DeserializationException;

/**
 * Turns a record the error handler gives up on into a stored {@link DeadLetter}, with the bytes it arrived with: an
 * unreadable record's raw bytes (kept by the error-handling deserializer), or the event that failed processing.
 */
public class DeadLetterRecorder {

    private final DeadLetterStore store;
    private final String service;
    private final Clock clock;

    public DeadLetterRecorder(DeadLetterStore store, String service, Clock clock) {
        this.store = store;
        this.service = service;
        this.clock = clock;
    }

    public void record(ConsumerRecord<?, ?> record, Exception failure) {
        Throwable cause = rootCause(failure);
        store.record(DeadLetter.of(service, record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : record.key().toString(), bytes(record, failure), cause,
                clock.instant()));
    }

    private static byte[] bytes(ConsumerRecord<?, ?> record, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DeserializationException unreadable && unreadable.getData() != null) {
                return unreadable.getData();
            }
        }
        return switch (record.value()) {
            case null -> new byte[0];
            case byte[] raw -> raw;
            case EventEnvelope<?> event -> EventCodec.encode(event);
            case Object other -> other.toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
