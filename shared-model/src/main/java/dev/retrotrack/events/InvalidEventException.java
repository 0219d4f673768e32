package dev.retrotrack.events;

/**
 * A record that is not a valid Retrotrack event: malformed JSON, unknown type, unsupported schema version or
 * missing required fields. Retrying cannot help; consumers send such records to the dead-letter topic at once.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidEventException(String message) {
        super(message);
    }
}
