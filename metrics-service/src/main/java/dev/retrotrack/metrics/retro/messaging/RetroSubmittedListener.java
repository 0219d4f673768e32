package dev.retrotrack.metrics.retro.messaging;

import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Retro;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.metrics.epic.EpicDelivery;
import dev.retrotrack.events.Topics;
import dev.retrotrack.metrics.retro.persistence.RetroLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Counts every submitted retro once. */
@Component
class RetroSubmittedListener {

    private static final Logger log = LoggerFactory.getLogger(RetroSubmittedListener.class);

    private final RetroLedger ledger;

    RetroSubmittedListener(RetroLedger ledger) {
        this.ledger = ledger;
    }

    @KafkaListener(topics = Topics.RETRO_SUBMITTED)
    void on(EventEnvelope<?> event) {
        RetroSubmitted submitted = event.as(RetroSubmitted.class).payload();
        Retro retro = submitted.retro();
        Retro.Delivery delivery = retro.delivery();
        boolean counted = ledger.record(submitted.retroId(), event.eventId(), event.occurredAt(), retro.warnings().size(),
                new EpicDelivery.RetroFacts(submitted.team(), retro.epic() == null ? null : retro.epic().id(),
                        retro.date(), event.occurredAt(),
                        delivery == null ? null : delivery.storiesPlanned(),
                        delivery == null ? null : delivery.storiesCompleted(),
                        delivery == null ? null : delivery.pointsPlanned(),
                        delivery == null ? null : delivery.pointsCompleted(),
                        retro.followThrough().size(), (int) retro.followThrough().stream()
                                .filter(row -> row.status() == ItemStatus.DONE).count()));
        if (counted) {
            log.info("Counted retro {} of team {}", submitted.retroId(), submitted.team());
        }
    }
}
