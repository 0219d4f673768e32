package dev.retrotrack.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polling until a condition holds or a deadline passes, for the readiness checks. */
final class Waiting {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private Waiting() {
    }

    /**
     * Polls {@code condition} until it is true. The condition may itself throw a
     * {@link LocalStackException} to give up early (e.g. because the process it waits for died).
     *
     * @throws LocalStackException with {@code timeoutMessage} once {@code deadline} has passed
     */
    static void until(Instant deadline, BooleanSupplier condition, Supplier<String> timeoutMessage) {
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new LocalStackException(timeoutMessage.get());
            }
            pause();
        }
    }

    /** Sleeps one poll interval; an interrupt (e.g. Ctrl-C during startup) aborts the start. */
    static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while starting", e);
        }
    }
}
