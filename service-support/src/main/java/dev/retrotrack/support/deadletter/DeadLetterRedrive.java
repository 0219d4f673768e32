package dev.retrotrack.support.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.retrotrack.support.messaging.PublishFailedException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * What people do with a dead letter: redrive it (publish its bytes, with its key, to the topic it came from, once)
 * or discard it. Both are recorded on the dead letter with who did it and when.
 */
public class DeadLetterRedrive {

    /** The dead letter is not pending: already redriven or discarded (or unknown). */
    public static final class NotPendingException extends RuntimeException {

        private final transient DeadLetter current;

        NotPendingException(DeadLetter current) {
            super("not pending");
            this.current = current;
        }

        public DeadLetter current() {
            return current;
        }
    }

    private final DeadLetterStore store;
    private final KafkaTemplate<Object, Object> producer;
    private final Duration timeout;
    private final Clock clock;

    public DeadLetterRedrive(DeadLetterStore store, KafkaTemplate<Object, Object> producer, Duration timeout,
                             Clock clock) {
        this.store = store;
        this.producer = producer;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * @throws NotPendingException    when it was redriven or discarded before
     * @throws PublishFailedException when Kafka did not confirm; the dead letter stays pending
     */
    public DeadLetter redrive(String id, String by) {
        DeadLetter letter = store.resolve(id, DeadLetter.Status.REDRIVEN, by, clock.instant())
                .orElseThrow(() -> new NotPendingException(store.find(id).orElse(null)));
        try {
            producer.send(new ProducerRecord<>(letter.topic(), letter.key(), letter.value()))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.reopen(id);
            throw new PublishFailedException("Interrupted while redriving " + id, e);
        } catch (Exception e) {
            store.reopen(id);
            throw new PublishFailedException("Kafka did not confirm the redrive of " + id, e);
        }
        return store.find(id).orElseThrow();
    }

    /** @throws NotPendingException when it was redriven or discarded before */
    public DeadLetter discard(String id, String by) {
        store.resolve(id, DeadLetter.Status.DISCARDED, by, clock.instant())
                .orElseThrow(() -> new NotPendingException(store.find(id).orElse(null)));
        return store.find(id).orElseThrow();
    }
}
