package dev.retrotrack.support.messaging;

import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * Failures of the infrastructure rather than of the record: retrying the same record later can succeed, so it must
 * never be dead-lettered for them.
 */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ListenerExecutionFailedException) {
                continue;
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof RetriableException || t instanceof PublishFailedException) {
                return true;
            }
        }
        return false;
    }
}
