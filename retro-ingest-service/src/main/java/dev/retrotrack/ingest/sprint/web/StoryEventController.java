package dev.retrotrack.ingest.sprint.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.retrotrack.ingest.sprint.SprintStatusException;
import dev.retrotrack.ingest.sprint.SprintStatusFile;
import dev.retrotrack.ingest.sprint.application.SprintStatusUpdates;
import dev.retrotrack.support.messaging.PublishFailedException;
import dev.retrotrack.support.web.ProblemException;
import dev.retrotrack.support.web.ProblemTypes;
import dev.retrotrack.support.web.TeamPaths;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For teams whose tracker sends webhooks instead of files: {@code {"status": "done", "points": 3, "at": "…"}} for
 * one story. The same rules as a sprint-status file: only a real change is an event.
 */
@RestController
class StoryEventController {

    private static final Set<String> FIELDS = Set.of("status", "points", "at");

    private final SprintStatusUpdates updates;

    StoryEventController(SprintStatusUpdates updates) {
        this.updates = updates;
    }

    @PostMapping(path = "/api/v1/teams/{team}/stories/{key}/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    SprintStatusController.SprintStatusResponse post(@PathVariable String team, @PathVariable String key,
                                                     @RequestBody Map<String, Object> body) {
        String teamName = TeamPaths.teamName(team).value();
        Set<String> unknown = new TreeSet<>(body.keySet());
        unknown.removeAll(FIELDS);
        if (!unknown.isEmpty()) {
            throw invalid("unknown field(s) " + unknown + "; a story event has only " + new TreeSet<>(FIELDS));
        }
        if (!(body.get("status") instanceof String status) || status.isBlank()) {
            throw invalid("'status' is required: the story's new status, e.g. 'done'");
        }
        Integer points = points(body.get("points"));
        Instant at = at(body.get("at"));
        SprintStatusFile.Contents contents;
        try {
            contents = SprintStatusFile.single(key, status);
        } catch (SprintStatusException e) {
            throw invalid(e.getMessage());
        }
        try {
            SprintStatusUpdates.Result result = updates.apply(teamName, contents, at,
                    points == null ? Map.of() : Map.of(key, points));
            return SprintStatusController.response(teamName, result);
        } catch (PublishFailedException e) {
            throw SprintStatusController.savedButUnpublished();
        }
    }

    private static Integer points(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer points && points >= 0 && points <= 1_000) {
            return points;
        }
        throw invalid("'points' must be a whole number from 0 to 1000, not " + value);
    }

    private static Instant at(Object value) {
        if (value == null) {
            return Instant.now();
        }
        try {
            Instant at = Instant.parse(value.toString());
            if (at.isAfter(Instant.now().plusSeconds(300))) {
                throw invalid("'at' lies in the future: " + value);
            }
            return at;
        } catch (DateTimeParseException notAnInstant) {
            throw invalid("'at' must be a time like 2026-11-20T14:30:00Z, not " + value);
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid story event",
                detail + ".");
    }
}
