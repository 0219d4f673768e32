package dev.retrotrack.ingest.retro.submission;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.Retro;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.ingest.retro.InvalidRetroException;
import dev.retrotrack.ingest.retro.RetroRules;
import dev.retrotrack.events.TeamName;
import dev.retrotrack.ingest.retro.Violation;
import dev.retrotrack.ingest.retro.persistence.RetroReceipt;
import dev.retrotrack.ingest.retro.persistence.RetroReceiptRepository;
import dev.retrotrack.support.messaging.CurrentTrace;
import dev.retrotrack.support.messaging.EventPublisher;
import dev.retrotrack.support.messaging.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Accepts a retro only once the broker has confirmed its {@code RetroSubmitted} event, so a {@code 202} always
 * means the tracker and the metrics will see it. The receipt is saved first (as {@code PENDING}) so a retro whose
 * event went out is always visible at its {@code Location}.
 */
@Service
public class RetroSubmissions {

    private static final Logger log = LoggerFactory.getLogger(RetroSubmissions.class);

    private final RetroReceiptRepository receipts;
    private final EventPublisher publisher;
    private final CurrentTrace trace;
    private final Clock clock;

    RetroSubmissions(RetroReceiptRepository receipts, EventPublisher publisher, CurrentTrace trace) {
        this.receipts = receipts;
        this.publisher = publisher;
        this.trace = trace;
        this.clock = Clock.systemUTC();
    }

    /**
     * @throws InvalidRetroException  when the retro breaks {@link RetroRules}
     * @throws PublishFailedException when the broker did not confirm; nothing was accepted
     */
    public RetroReceipt submit(TeamName team, Retro retro) {
        List<Violation> violations = RetroRules.check(retro);
        if (!violations.isEmpty()) {
            throw new InvalidRetroException(violations);
        }
        String retroId = UUID.randomUUID().toString();
        EventEnvelope<RetroSubmitted> event = EventEnvelope.wrap(
                new RetroSubmitted(retroId, team.value(), retro), retroId, team.value(), trace.get(), clock);
        RetroReceipt receipt = receipts.save(new RetroReceipt(retroId, team.value(), event.eventId(),
                event.occurredAt(), RetroReceipt.Status.PENDING, retro));
        try {
            publisher.publish(event);
        } catch (PublishFailedException e) {
            markBestEffort(receipt, RetroReceipt.Status.FAILED);
            throw e;
        }
        // The event is out: from here on the answer is 202 whatever happens to the receipt's status update.
        log.info("Retro {} of team {} accepted and published", retroId, team.value());
        return markBestEffort(receipt, RetroReceipt.Status.PUBLISHED);
    }

    /** Records the outcome on the receipt; a failure to do so is logged, never turned into an error response. */
    private RetroReceipt markBestEffort(RetroReceipt receipt, RetroReceipt.Status status) {
        RetroReceipt marked = receipt.withStatus(status);
        try {
            return receipts.save(marked);
        } catch (DataAccessException e) {
            log.warn("Retro {} is {} but its receipt could not be updated: {}", receipt.retroId(), status,
                    e.getMessage());
            return marked;
        }
    }

    public Optional<RetroReceipt> find(TeamName team, String retroId) {
        return receipts.findByRetroIdAndTeam(retroId, team.value());
    }
}
