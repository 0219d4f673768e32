package dev.retrotrack.tracker.item.messaging;

import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.events.Topics;
import dev.retrotrack.tracker.item.application.RetroIngestion;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** {@code retro.submitted.v1} → tracked items. */
@Component
class RetroSubmittedListener {

    private final RetroIngestion ingestion;

    RetroSubmittedListener(RetroIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @KafkaListener(topics = Topics.RETRO_SUBMITTED)
    void on(EventEnvelope<?> event) {
        ingestion.ingest(event.as(RetroSubmitted.class));
    }
}
