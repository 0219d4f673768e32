package dev.retrotrack.ingest.retro.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.retrotrack.events.Retro;
import dev.retrotrack.ingest.retro.persistence.RetroReceipt;

/**
 * Answer to a submission, and the view of a receipt.
 *
 * @param retroId    id of the accepted retro
 * @param team       the team
 * @param eventId    id of the {@code RetroSubmitted} event
 * @param receivedAt when it arrived
 * @param status     {@code PUBLISHED} once the event went out
 * @param warnings   what was not fully understood
 * @param retro      the retro as understood
 */
record SubmissionResponse(String retroId, String team, UUID eventId, Instant receivedAt, String status,
                          List<Retro.ParseWarning> warnings, Retro retro) {

    static SubmissionResponse of(RetroReceipt receipt) {
        return new SubmissionResponse(receipt.retroId(), receipt.team(), receipt.eventId(), receipt.receivedAt(),
                receipt.status().name(), receipt.retro().warnings(), receipt.retro());
    }
}
