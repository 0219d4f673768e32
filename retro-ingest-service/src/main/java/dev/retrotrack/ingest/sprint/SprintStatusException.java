package dev.retrotrack.ingest.sprint;

/** A sprint-status file that cannot be read: the message says what and, when known, on which line. */
public class SprintStatusException extends RuntimeException {

    private final Integer line;

    public SprintStatusException(Integer line, String message) {
        super(line == null ? message : "line " + line + ": " + message);
        this.line = line;
    }

    /** 1-based line of the problem, or {@code null}. */
    public Integer line() {
        return line;
    }
}
