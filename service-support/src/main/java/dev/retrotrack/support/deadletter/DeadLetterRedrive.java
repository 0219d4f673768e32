package dev.retrotrack.support.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import dev.retrotrack.support.messaging.PublishFailedException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * What people do with a dead letter: redrive it (publish its bytes, with its key, to the topic it came from) or
 * discard it. Both are recorded on the dead letter with who did it and when; a redriven or discarded one cannot be
 * redriven again.
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
     * Publishes first, then records the redrive: a crash or a MongoDB failure in between leaves the dead letter
     * pending, so it can be redriven again; never marked redriven without having been published. A record may thus
     * reach its topic twice (two people redriving at the same moment, or a retry after such a failure): every
     * consumer applies events idempotently, so that changes nothing.
     *
     * @throws NotPendingException    when it was redriven or discarded before
     * @throws PublishFailedException when Kafka did not confirm; the dead letter stays pending
     */
    public DeadLetter redrive(String id, String by) {
        DeadLetter letter = store.find(id).filter(found -> found.status() == DeadLetter.Status.PENDING)
                .orElseThrow(() -> new NotPendingException(store.find(id).orElse(null)));
        try {
            producer.send(new ProducerRecord<>(letter.topic(), letter.key(), letter.value()))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while redriving " + id, e);
        } catch (Exception e) {
            throw new PublishFailedException("Kafka did not confirm the redrive of " + id, e);
        }
        Instant at = clock.instant();
        store.resolve(id, DeadLetter.Status.REDRIVEN, by, at)
                .orElseThrow(() -> new NotPendingException(store.find(id).orElse(null)));
        return withStatus(letter, DeadLetter.Status.REDRIVEN, at, by);
    }

    /** @throws NotPendingException when it was redriven or discarded before */
    public DeadLetter discard(String id, String by) {
        Instant at = clock.instant();
        DeadLetter letter = store.resolve(id, DeadLetter.Status.DISCARDED, by, at)
                .orElseThrow(() -> new NotPendingException(store.find(id).orElse(null)));
        return withStatus(letter, DeadLetter.Status.DISCARDED, at, by);
    }

    private static DeadLetter withStatus(DeadLetter letter, DeadLetter.Status status, Instant at, String by) {
        return new DeadLetter(letter.id(), letter.service(), letter.topic(), letter.partition(), letter.offset(),
                letter.key(), letter.payload(), letter.payloadBase64(), letter.exceptionClass(),
                letter.exceptionMessage(), letter.failedAt(), status, at, by);
    }
}
