package dev.retrotrack.support.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exits the JVM (running shutdown hooks, so the service stops gracefully) when the process with the given pid
 * ends. {@code ./run-local} passes its own pid, so even a {@code kill -9} of the launcher leaves no service behind.
 */
class ParentProcessWatchdog {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatchdog.class);

    ParentProcessWatchdog(long parentPid) {
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> exit(parentPid)),
                () -> exit(parentPid));
    }

    private static void exit(long parentPid) {
        log.warn("Parent process {} ended; shutting down", parentPid);
        // System.exit from a fresh thread: the calling thread may be one that shutdown waits for.
        Thread.ofPlatform().name("parent-watchdog-exit").start(() -> System.exit(0));
    }
}
