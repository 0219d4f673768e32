package dev.retrotrack.ingest.retro.persistence;

import java.time.Instant;
import java.util.UUID;

import dev.retrotrack.events.Retro;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A retro as it was accepted: the document behind the {@code Location} of a {@code 202}.
 *
 * @param retroId    id given on acceptance
 * @param team       submitting team
 * @param eventId    id of the {@code RetroSubmitted} event that carries it
 * @param receivedAt when it arrived
 * @param status     whether the event went out
 * @param retro      the retro as understood
 */
@Document("retro_receipts")
@CompoundIndex(name = "team_received", def = "{'team': 1, 'receivedAt': -1}")
public record RetroReceipt(@Id String retroId, String team, UUID eventId, Instant receivedAt, Status status,
                           Retro retro) {

    /** Publication state. */
    public enum Status {
        /** Saved, event not yet confirmed by the broker. */
        PENDING,
        /** The broker confirmed the event. */
        PUBLISHED,
        /** The broker did not confirm; the submitter got a 503 and nothing was accepted. */
        FAILED
    }

    public RetroReceipt withStatus(Status newStatus) {
        return new RetroReceipt(retroId, team, eventId, receivedAt, newStatus, retro);
    }
}
