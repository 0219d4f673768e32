package dev.retrotrack.support.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.retrotrack.events.EventCodec;
import dev.retrotrack.events.EventEnvelope;
import org.springframework.kafka.support.SendResult;

/**
 * Kafka's place in the services' API fuzz targets: confirms every event at once and keeps it as a consumer would read
 * it, encoded and decoded by the one event codec (so an event consumers could not read fails the request, as a
 * refused record would). Only {@link #publishAsync} is replaced: {@link EventPublisher#publish} stays the real one.
 * Not thread-safe: a fuzz target sends one request at a time.
 */
public class RecordingPublisher extends EventPublisher {

    private final List<EventEnvelope<?>> published = new ArrayList<>();

    public RecordingPublisher() {
        super(null, Duration.ofSeconds(1));
    }

    @Override
    public CompletableFuture<SendResult<String, EventEnvelope<?>>> publishAsync(EventEnvelope<?> event) {
        published.add(EventCodec.decode(EventCodec.encode(event)));
        return CompletableFuture.completedFuture(null);
    }

    /** The events published since the last call, oldest first. */
    public List<EventEnvelope<?>> drain() {
        List<EventEnvelope<?>> events = List.copyOf(published);
        published.clear();
        return events;
    }
}
