package dev.retrotrack.ingest.sprint.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.retrotrack.ingest.sprint.SprintStatusException;
import dev.retrotrack.ingest.sprint.SprintStatusFile;
import dev.retrotrack.ingest.sprint.StoryChanges;
import dev.retrotrack.ingest.sprint.application.SprintStatusUpdates;
import dev.retrotrack.support.messaging.PublishFailedException;
import dev.retrotrack.support.web.ProblemException;
import dev.retrotrack.support.web.ProblemTypes;
import dev.retrotrack.support.web.TeamPaths;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A team sends its sprint-status file as it is; Retrotrack answers with the story changes it found (and published).
 * Sending the same file again finds none.
 */
@RestController
class SprintStatusController {

    private final SprintStatusUpdates updates;

    SprintStatusController(SprintStatusUpdates updates) {
        this.updates = updates;
    }

    /** What an update did: stories read, changes published, warnings about what was kept as written. */
    record SprintStatusResponse(String team, int stories, List<Change> changes, List<String> warnings) {

        record Change(String event, String storyKey, String epic, String from, String to) {
        }
    }

    @PutMapping(path = "/api/v1/teams/{team}/sprint-status",
            consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    SprintStatusResponse put(@PathVariable String team, @RequestBody byte[] body) {
        String teamName = TeamPaths.teamName(team).value();
        if (body.length > SprintStatusFile.MAX_BYTES) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                    "Sprint status too large", "A sprint-status file may be at most " + SprintStatusFile.MAX_BYTES / 1024
                    + " KiB; this one has " + body.length / 1024 + " KiB.");
        }
        SprintStatusFile.Contents contents;
        try {
            contents = SprintStatusFile.read(new String(body, StandardCharsets.UTF_8));
        } catch (SprintStatusException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.of("invalid-sprint-status"),
                    "Invalid sprint status", e.getMessage() + ".",
                    e.line() == null ? Map.of() : Map.of("line", e.line()));
        }
        try {
            return response(teamName, updates.apply(teamName, contents));
        } catch (PublishFailedException e) {
            throw savedButUnpublished();
        }
    }

    static SprintStatusResponse response(String team, SprintStatusUpdates.Result result) {
        return new SprintStatusResponse(team, result.stories(), result.changes().stream().map(
                SprintStatusController::view).toList(), result.warnings());
    }

    /** 503 that says the truth: the statuses are saved, their events follow. */
    static ProblemException savedButUnpublished() {
        ProblemException unavailable = new ProblemException(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemTypes.EVENT_BUS_UNAVAILABLE, "Event bus unavailable", "The new statuses are saved, but Kafka "
                + "did not confirm their events; they are published as soon as it is back. Sending them again is "
                + "safe.");
        unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, "10");
        return unavailable;
    }

    private static SprintStatusResponse.Change view(StoryChanges.Change change) {
        String event = switch (change.kind()) {
            case PLANNED -> "StoryPlanned";
            case STARTED -> "StoryStarted";
            case FINISHED -> "StoryFinished";
            case REOPENED -> "StoryReopened";
        };
        return new SprintStatusResponse.Change(event, change.storyKey(), change.epic(), change.previousStatus(),
                change.newStatus());
    }
}
