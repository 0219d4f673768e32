package dev.retrotrack.ingest.retro.web;

import java.io.IOException;
import java.net.URI;

import dev.retrotrack.events.Retro;
import dev.retrotrack.ingest.parsing.RetroMarkdownParser;
import dev.retrotrack.ingest.retro.InvalidRetroException;
import dev.retrotrack.ingest.retro.RetroRules;
import dev.retrotrack.events.TeamName;
import dev.retrotrack.ingest.retro.persistence.RetroReceipt;
import dev.retrotrack.ingest.retro.submission.RetroSubmissions;
import dev.retrotrack.support.web.TeamPaths;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/v1/teams/{team}/retros}: submit a retro as JSON or Markdown (or preview it with {@code dryRun=true}),
 * read what was accepted.
 */
@RestController
@RequestMapping("/api/v1/teams/{team}/retros")
class RetroController {

    private final RetroSubmissions submissions;

    RetroController(RetroSubmissions submissions) {
        this.submissions = submissions;
    }

    /** A retro as JSON in the contract's structure. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> submitJson(@PathVariable String team, @RequestBody Retro retro,
                                 @RequestParam(defaultValue = "false") boolean dryRun, UriComponentsBuilder uri) {
        return dryRun ? preview(team, retro) : submit(team, retro, uri);
    }

    /** A retro as the Markdown its tool wrote; parsed here, damaged encodings repaired. */
    @PostMapping(consumes = {"text/markdown", "text/x-markdown", MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> submitMarkdown(@PathVariable String team, @RequestParam(defaultValue = "false") boolean dryRun,
                                     @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                                     HttpServletRequest request, UriComponentsBuilder uri) throws IOException {
        TeamName teamName = TeamPaths.teamName(team);
        Retro retro = RetroMarkdownParser.parse(MarkdownBody.read(request.getInputStream(), contentType));
        return dryRun ? preview(teamName.value(), retro) : submit(teamName.value(), retro, uri);
    }

    private ResponseEntity<PreviewResponse> preview(String team, Retro retro) {
        TeamPaths.teamName(team);
        return ResponseEntity.ok(PreviewResponse.of(retro, RetroRules.check(retro)));
    }

    private ResponseEntity<SubmissionResponse> submit(String team, Retro retro, UriComponentsBuilder uri) {
        RetroReceipt receipt;
        try {
            receipt = submissions.submit(TeamPaths.teamName(team), retro);
        } catch (InvalidRetroException e) {
            throw RetroProblems.invalidRetro(e);
        }
        URI location = uri.path("/api/v1/teams/{team}/retros/{retroId}")
                .buildAndExpand(receipt.team(), receipt.retroId()).toUri();
        return ResponseEntity.accepted().location(location).body(SubmissionResponse.of(receipt));
    }

    @GetMapping(path = "/{retroId}", produces = MediaType.APPLICATION_JSON_VALUE)
    SubmissionResponse receipt(@PathVariable String team, @PathVariable String retroId) {
        return submissions.find(TeamPaths.teamName(team), retroId)
                .map(SubmissionResponse::of)
                .orElseThrow(() -> RetroProblems.retroNotFound(team, retroId));
    }
}
