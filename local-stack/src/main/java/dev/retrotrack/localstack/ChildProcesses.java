package dev.retrotrack.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Starting child JVMs with their output in a log file, and stopping them without leaving orphans. */
final class ChildProcesses {

    /** How long a child gets to stop after SIGTERM before it is killed. */
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private ChildProcesses() {
    }

    /**
     * Starts {@code command} in {@code workDir} with stdout and stderr appended to {@code logFile},
     * after a banner line, so the log of an earlier run stays readable above it.
     */
    static Process start(String what, List<String> command, Path workDir, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile,
                    "%n===== %s started by the Retrotrack local stack at %s =====%n%s%n%n"
                            .formatted(what, Instant.now(), String.join(" ", command)),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
        } catch (IOException e) {
            throw new LocalStackException("Cannot start " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Asks every process to stop (SIGTERM, so Kafka and Spring shut down cleanly) all at once, waits
     * up to {@code grace} for all of them together, then kills whatever is left, descendants included.
     */
    static void stop(Collection<Process> processes, Duration grace) {
        List<ProcessHandle> all = processes.stream()
                .flatMap(p -> Stream.concat(Stream.of(p.toHandle()), p.descendants()))
                .filter(ProcessHandle::isAlive)
                .toList();
        all.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle handle : all) {
            awaitExit(handle, Duration.between(Instant.now(), deadline));
        }
        // Listed again: a child may have started one of its own while stopping (a JVM writing its AOT cache at
        // exit runs the cache's assembly in a child JVM).
        List<ProcessHandle> left = Stream.concat(all.stream(),
                        processes.stream().flatMap(Process::descendants))
                .filter(ProcessHandle::isAlive).distinct().toList();
        for (ProcessHandle handle : left) {
            handle.destroyForcibly();
            awaitExit(handle, Duration.ofSeconds(5));
        }
        // Reap our direct children so they do not linger as zombies.
        for (Process process : processes) {
            try {
                process.waitFor(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The last {@code lines} lines of a log file, for error messages; empty if it cannot be read. */
    static String tail(Path logFile, int lines) {
        if (!Files.isReadable(logFile)) {
            return "";
        }
        try (Stream<String> all = Files.lines(logFile, StandardCharsets.UTF_8)) {
            Deque<String> last = new ArrayDeque<>(lines);
            all.forEach(line -> {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
            return String.join(System.lineSeparator(), last);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** A message for a child that ended or failed, with the end of its log inline. */
    static String failure(String message, Path logFile) {
        String tail = tail(logFile, 25);
        return message + System.lineSeparator() + "  Log: " + logFile
                + (tail.isEmpty() ? "" : System.lineSeparator() + "  Last lines of the log:"
                + System.lineSeparator() + tail.indent(4).stripTrailing());
    }

    private static void awaitExit(ProcessHandle handle, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            return;
        }
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Timed out (or the handle went away): the caller kills what is still alive.
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name", "").toLowerCase().startsWith("windows")
                ? "NUL" : "/dev/null");
    }
}
