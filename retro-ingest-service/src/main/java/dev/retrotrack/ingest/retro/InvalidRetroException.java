package dev.retrotrack.ingest.retro;

import java.util.List;

/** A submitted retro breaks {@link RetroRules}. */
public class InvalidRetroException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRetroException(List<Violation> violations) {
        super("Retro breaks " + violations.size() + " rule(s)");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
