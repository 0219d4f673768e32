package dev.retrotrack.localstack;

/** The local stack could not start (or a part of it failed); the message says which part and where its log is. */
public class LocalStackException extends RuntimeException {

    /** @param message what failed, meant for a person reading the console */
    public LocalStackException(String message) {
        super(message);
    }

    /**
     * @param message what failed, meant for a person reading the console
     * @param cause   the underlying error
     */
    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
