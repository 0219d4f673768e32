package dev.retrotrack.ingest.retro.web;

import java.util.List;
import java.util.Map;

import dev.retrotrack.ingest.retro.InvalidRetroException;
import dev.retrotrack.support.web.ProblemException;
import dev.retrotrack.support.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** Translates the retro rules' refusals into problem+json. */
public final class RetroProblems {

    private RetroProblems() {
    }

    static ProblemException invalidRetro(InvalidRetroException e) {
        List<Map<String, Object>> errors = e.violations().stream()
                .map(v -> Map.<String, Object>of("field", v.field(), "message", v.message()))
                .toList();
        return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.of("invalid-retro"), "Invalid retro",
                "The retro was not accepted: " + errors.size() + " field(s) need fixing; see 'errors'.",
                Map.of("errors", errors));
    }

    static ProblemException retroNotFound(String team, String retroId) {
        return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Retro not found",
                "Team '" + team + "' has no retro with id '" + retroId + "'.");
    }
}
