package dev.retrotrack.support.messaging;

/** The broker did not acknowledge an event in time; nothing may be reported as accepted. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
