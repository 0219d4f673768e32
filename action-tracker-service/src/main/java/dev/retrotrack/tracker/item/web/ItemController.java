package dev.retrotrack.tracker.item.web;

import java.util.Locale;

import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.support.web.ProblemException;
import dev.retrotrack.support.web.ProblemTypes;
import dev.retrotrack.tracker.item.application.ItemQueries;
import dev.retrotrack.tracker.item.persistence.ItemQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading tracked items. */
@RestController
class ItemController {

    private final ItemQueries queries;

    ItemController(ItemQueries queries) {
        this.queries = queries;
    }

    /** A team's items, soonest due first; filters combine with AND. */
    @GetMapping(path = "/api/v1/teams/{team}/action-items", produces = MediaType.APPLICATION_JSON_VALUE)
    ItemPage list(@PathVariable String team,
                  @RequestParam(required = false) ItemStatus status,
                  @RequestParam(required = false) Priority priority,
                  @RequestParam(required = false) ItemKind kind,
                  @RequestParam(required = false) String owner,
                  @RequestParam(required = false) String epic,
                  @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ItemQuery query = new ItemQuery(team.strip().toLowerCase(Locale.ROOT), status, priority, kind, owner, epic,
                page, size);
        ItemQueries.Page result = queries.list(query);
        return new ItemPage(result.items().stream().map(ItemView::summary).toList(), page, size, result.total());
    }

    @GetMapping(path = "/api/v1/action-items/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ItemView item(@PathVariable String id) {
        return queries.find(id).map(ItemView::full).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                ProblemTypes.NOT_FOUND, "Item not found", "No tracked item has id '" + id + "'."));
    }
}
