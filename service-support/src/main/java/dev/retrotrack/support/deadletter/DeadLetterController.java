package dev.retrotrack.support.deadletter;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.retrotrack.support.web.ProblemException;
import dev.retrotrack.support.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's dead letters for operators: list and show them, redrive one to the topic it came from (once), or
 * discard it. Answers are problem+json when something cannot be done, saying what can.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
public class DeadLetterController {

    private static final int MAX_PAGE_SIZE = 200;

    private final DeadLetterStore store;
    private final DeadLetterRedrive redrive;

    public DeadLetterController(DeadLetterStore store, DeadLetterRedrive redrive) {
        this.store = store;
        this.redrive = redrive;
    }

    /** A page of dead letters, newest first. */
    public record Page(List<DeadLetter> deadLetters, int page, int size, long total) {
    }

    @GetMapping
    Page list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
              @RequestParam(defaultValue = "50") int size) {
        DeadLetter.Status wanted = status == null ? null : status(status);
        if (page < 0 || page > 100_000 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid page",
                    "page is 0 to 100000 and size 1 to " + MAX_PAGE_SIZE + ".");
        }
        return new Page(store.list(wanted, page, size), page, size, store.count(wanted));
    }

    @GetMapping("/{id}")
    DeadLetter show(@PathVariable String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /** Publishes the dead letter's bytes, with its key, to its original topic; once. */
    @PostMapping("/{id}/redrive")
    DeadLetter redrive(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
        return resolving(id, () -> redrive.redrive(id, actor(body)));
    }

    /** Marks the dead letter as dealt with, without publishing it. */
    @PostMapping("/{id}/discard")
    DeadLetter discard(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
        return resolving(id, () -> redrive.discard(id, actor(body)));
    }

    private DeadLetter resolving(String id, java.util.function.Supplier<DeadLetter> action) {
        try {
            return action.get();
        } catch (DeadLetterRedrive.NotPendingException e) {
            if (e.current() == null) {
                throw notFound(id);
            }
            throw new ProblemException(HttpStatus.CONFLICT, ProblemTypes.of("dead-letter-not-pending"),
                    "Dead letter already dealt with", "Dead letter '" + id + "' was "
                    + e.current().status().name().toLowerCase(Locale.ROOT) + " at " + e.current().resolvedAt()
                    + (e.current().resolvedBy() == null ? "" : " by " + e.current().resolvedBy())
                    + "; only pending dead letters can be redriven or discarded.");
        }
    }

    private static String actor(Map<String, Object> body) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        if (body.size() > 1 || !(body.get("actor") instanceof String actor) || actor.length() > 100) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                    "The body is optional; if given it is {\"actor\": \"<who>\"} (at most 100 characters).");
        }
        return actor;
    }

    private static DeadLetter.Status status(String value) {
        try {
            return DeadLetter.Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid status",
                    "status is one of PENDING, REDRIVEN, DISCARDED; not '" + value + "'.");
        }
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Dead letter not found",
                "No dead letter '" + id + "' here: GET /api/v1/dead-letters lists them (ids are "
                + "<topic>-<partition>-<offset>; each service keeps the dead letters of its own consumers).");
    }
}
