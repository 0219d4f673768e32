package dev.retrotrack.support.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.retrotrack.events.EventEnvelope;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes events to their topic ({@link dev.retrotrack.events.EventType#topic()}), keyed by team so each team's
 * events stay in order.
 */
public class EventPublisher {

    private final KafkaTemplate<String, EventEnvelope<?>> template;
    private final Duration timeout;

    public EventPublisher(KafkaTemplate<String, EventEnvelope<?>> template, Duration timeout) {
        this.template = template;
        this.timeout = timeout;
    }

    /** Sends and returns at once; the future completes when the broker acknowledged. */
    public CompletableFuture<SendResult<String, EventEnvelope<?>>> publishAsync(EventEnvelope<?> event) {
        return template.send(event.eventType().topic(), event.team(), event);
    }

    /**
     * Sends and waits for the broker's acknowledgement.
     *
     * @throws PublishFailedException when the broker did not acknowledge within the configured timeout
     */
    public void publish(EventEnvelope<?> event) {
        try {
            publishAsync(event).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while publishing " + event.type(), e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new PublishFailedException("Kafka did not acknowledge " + event.type() + " " + event.eventId()
                    + " within " + timeout.toSeconds() + " s", e);
        }
    }
}
