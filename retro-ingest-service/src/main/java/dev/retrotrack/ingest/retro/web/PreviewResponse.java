package dev.retrotrack.ingest.retro.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.retrotrack.events.Retro;
import dev.retrotrack.ingest.retro.Violation;

/**
 * Answer to {@code ?dryRun=true}: the retro as it would be accepted (its fields at the top level, warnings
 * included), whether it would be accepted, and if not, why. Nothing is published.
 */
record PreviewResponse(@JsonUnwrapped Retro retro, boolean acceptable, List<Map<String, String>> errors) {

    static PreviewResponse of(Retro retro, List<Violation> violations) {
        return new PreviewResponse(retro, violations.isEmpty(), violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
    }
}
