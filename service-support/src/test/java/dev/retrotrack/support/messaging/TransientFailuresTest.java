package dev.retrotrack.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import dev.retrotrack.events.InvalidEventException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class TransientFailuresTest {

    @Test
    void databaseAndBrokerOutagesAreTransientWhereverTheyAreWrapped() {
        assertThat(TransientFailures.isTransient(new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("MongoDB down")))).isTrue();
        assertThat(TransientFailures.isTransient(new CompletionException(new TimeoutException("no broker"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(new OptimisticLockingFailureException("concurrent write")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new PublishFailedException("not acknowledged", null))).isTrue();
    }

    @Test
    void failuresOfTheRecordItselfAreNotTransient() {
        assertThat(TransientFailures.isTransient(new ListenerExecutionFailedException("listener failed",
                new InvalidEventException("unknown type")))).isFalse();
        assertThat(TransientFailures.isTransient(new DuplicateKeyException("duplicate"))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    }
}
