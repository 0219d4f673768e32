package dev.retrotrack.support.messaging;

/** Headers Retrotrack adds to dead letters, beside spring-kafka's {@code kafka_dlt-*} ones. */
public final class DeadLetterHeaders {

    /** {@code spring.application.name} of the service whose consumer gave up on the record. */
    public static final String FAILED_SERVICE = "retrotrack-failed-service";

    private DeadLetterHeaders() {
    }
}
