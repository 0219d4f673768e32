package dev.retrotrack.ingest.retro.web;

import java.net.URI;

import dev.retrotrack.events.Retro;
import dev.retrotrack.ingest.retro.InvalidRetroException;
import dev.retrotrack.ingest.retro.TeamName;
import dev.retrotrack.ingest.retro.persistence.RetroReceipt;
import dev.retrotrack.ingest.retro.submission.RetroSubmissions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/teams/{team}/retros}: submit a retro, read what was accepted. */
@RestController
@RequestMapping("/api/v1/teams/{team}/retros")
class RetroController {

    private final RetroSubmissions submissions;

    RetroController(RetroSubmissions submissions) {
        this.submissions = submissions;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionResponse> submit(@PathVariable String team, @RequestBody Retro retro,
                                              UriComponentsBuilder uri) {
        RetroReceipt receipt;
        try {
            receipt = submissions.submit(teamName(team), retro);
        } catch (InvalidRetroException e) {
            throw RetroProblems.invalidRetro(e);
        }
        URI location = uri.path("/api/v1/teams/{team}/retros/{retroId}")
                .buildAndExpand(receipt.team(), receipt.retroId()).toUri();
        return ResponseEntity.accepted().location(location).body(SubmissionResponse.of(receipt));
    }

    @GetMapping(path = "/{retroId}", produces = MediaType.APPLICATION_JSON_VALUE)
    SubmissionResponse receipt(@PathVariable String team, @PathVariable String retroId) {
        return submissions.find(teamName(team), retroId)
                .map(SubmissionResponse::of)
                .orElseThrow(() -> RetroProblems.retroNotFound(team, retroId));
    }

    private static TeamName teamName(String raw) {
        try {
            return TeamName.parse(raw);
        } catch (TeamName.InvalidTeamNameException e) {
            throw RetroProblems.invalidTeam(e);
        }
    }
}
