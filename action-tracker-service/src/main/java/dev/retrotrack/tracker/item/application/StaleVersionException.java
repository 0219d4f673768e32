package dev.retrotrack.tracker.item.application;

/** The caller's {@code If-Match} names a version of the item that is no longer the current one. */
public class StaleVersionException extends RuntimeException {

    private final long current;

    public StaleVersionException(String id, long expected, long current) {
        super("Item '" + id + "' is at version " + current + ", not " + expected
                + ": it changed since you read it. Read it again and retry with If-Match: \"" + current + "\".");
        this.current = current;
    }

    public long current() {
        return current;
    }
}
