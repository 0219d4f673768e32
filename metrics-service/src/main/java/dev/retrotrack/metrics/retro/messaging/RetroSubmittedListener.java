package dev.retrotrack.metrics.retro.messaging;

import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.events.Topics;
import dev.retrotrack.metrics.retro.persistence.RetroLedger;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Counts every submitted retro once. */
@Component
class RetroSubmittedListener {

    private final RetroLedger ledger;

    RetroSubmittedListener(RetroLedger ledger) {
        this.ledger = ledger;
    }

    @KafkaListener(topics = Topics.RETRO_SUBMITTED)
    void on(EventEnvelope<?> event) {
        RetroSubmitted submitted = event.as(RetroSubmitted.class).payload();
        ledger.record(submitted.retroId(), submitted.team(), submitted.retro().epic().id(), event.eventId(),
                event.occurredAt(), submitted.retro().warnings().size());
    }
}
