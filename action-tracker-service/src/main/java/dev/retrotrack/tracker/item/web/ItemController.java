package dev.retrotrack.tracker.item.web;

import java.util.Map;
import java.util.function.Supplier;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.support.security.TeamAccess;
import dev.retrotrack.support.web.ProblemException;
import dev.retrotrack.support.web.ProblemTypes;
import dev.retrotrack.support.web.TeamPaths;
import dev.retrotrack.tracker.item.FollowThroughReport;
import dev.retrotrack.tracker.item.IllegalTransitionException;
import dev.retrotrack.tracker.item.ItemId;
import dev.retrotrack.tracker.item.TrackedItem;
import dev.retrotrack.tracker.item.application.ItemCommands;
import dev.retrotrack.tracker.item.application.ItemNotFoundException;
import dev.retrotrack.tracker.item.application.ItemQueries;
import dev.retrotrack.tracker.item.application.StaleVersionException;
import dev.retrotrack.tracker.item.persistence.ItemQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading and changing tracked items. Every answer about one item carries its version as the ETag. */
@RestController
class ItemController {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final ItemQueries queries;
    private final ItemCommands commands;

    ItemController(ItemQueries queries, ItemCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** A team's items, soonest due first; filters combine with AND and are compared as plain values. */
    @GetMapping(path = "/api/v1/teams/{team}/action-items", produces = MediaType.APPLICATION_JSON_VALUE)
    ItemPage list(@PathVariable String team,
                  @RequestParam(required = false) ItemStatus status,
                  @RequestParam(required = false) Priority priority,
                  @RequestParam(required = false) ItemKind kind,
                  @RequestParam(required = false) String owner,
                  @RequestParam(required = false) String epic,
                  @RequestParam(required = false) Boolean overdue,
                  @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ItemQuery query = new ItemQuery(TeamPaths.teamName(team).value(), status, priority, kind, owner, epic,
                overdue, page, size);
        ItemQueries.Page result = queries.list(query);
        return new ItemPage(result.items().stream().map(ItemView::summary).toList(), page, size, result.total());
    }

    @GetMapping(path = "/api/v1/action-items/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ItemView> item(@PathVariable String id) {
        return withVersion(queries.find(visible(id)).orElseThrow(() -> notFound(new ItemNotFoundException(id))));
    }

    /** {@code {"to": "DONE", "reason": "…", "actor": "alice"}}; {@code If-Match} with the version read. */
    @PostMapping(path = "/api/v1/action-items/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ItemView> transition(@PathVariable String id,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @RequestBody Map<String, Object> body) {
        Requests.Transition request = Requests.transition(body);
        return withVersion(refusalsAsProblems(() -> commands.transition(visible(id), Requests.ifMatch(ifMatch), request.to(),
                request.reason(), request.actor())));
    }

    /** Owner, due date and priority (JSON merge patch without removal); any other field is refused. */
    @PatchMapping(path = "/api/v1/action-items/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ItemView> edit(@PathVariable String id,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @RequestBody Map<String, Object> body) {
        Requests.Patch patch = Requests.patch(body);
        return withVersion(refusalsAsProblems(() -> commands.edit(visible(id), Requests.ifMatch(ifMatch), patch.edit(),
                patch.actor())));
    }

    /** How a retro's follow-through rows were matched to earlier items, unmatched rows included. */
    @GetMapping(path = "/api/v1/retros/{retroId}/follow-through", produces = MediaType.APPLICATION_JSON_VALUE)
    FollowThroughReport followThrough(@PathVariable String retroId) {
        return queries.followThrough(retroId).filter(report -> TeamAccess.mayAccess(report.team()))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                ProblemTypes.NOT_FOUND, "No follow-through report", "Retro '" + retroId
                        + "' has no follow-through report: it is unknown, not processed yet, or had no"
                        + " previous-retro follow-through section."));
    }

    /**
     * The id, if it is one of the caller's teams' items. Another team's item is "not found", exactly like an item
     * that does not exist, so a key cannot learn which ids exist elsewhere.
     */
    private static String visible(String id) {
        if (!TeamAccess.mayAccess(ItemId.teamOf(id).orElse(null))) {
            throw notFound(new ItemNotFoundException(id));
        }
        return id;
    }

    private static ResponseEntity<ItemView> withVersion(TrackedItem item) {
        return ResponseEntity.ok().eTag("\"" + item.version() + "\"").body(ItemView.full(item));
    }

    /** The domain's refusals in HTTP terms: unknown item 404, illegal transition 409, stale version 412. */
    private static TrackedItem refusalsAsProblems(Supplier<TrackedItem> command) {
        try {
            return command.get();
        } catch (ItemNotFoundException e) {
            throw notFound(e);
        } catch (IllegalTransitionException e) {
            throw new ProblemException(HttpStatus.CONFLICT, ProblemTypes.of("illegal-transition"),
                    "Transition not allowed", e.getMessage(), Map.of("from", e.from(), "to", e.to()));
        } catch (OptimisticLockingFailureException e) {
            throw new ProblemException(HttpStatus.CONFLICT, ProblemTypes.of("concurrent-change"),
                    "Changed concurrently", "The item kept changing while your change was applied (a retro or"
                    + " another person at the same moment). Read it again and retry.");
        } catch (StaleVersionException e) {
            throw new ProblemException(HttpStatus.PRECONDITION_FAILED, ProblemTypes.of("stale-version"),
                    "Version does not match", e.getMessage(), Map.of("currentVersion", e.current()));
        }
    }

    private static ProblemException notFound(ItemNotFoundException e) {
        return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Item not found", e.getMessage());
    }
}
