package dev.retrotrack.metrics.item.messaging;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.Topics;
import dev.retrotrack.metrics.item.persistence.ItemStateProjection;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the item state projection current. */
@Component
class ActionItemChangedListener {

    private final ItemStateProjection projection;

    ActionItemChangedListener(ItemStateProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.ACTION_ITEM_CHANGED)
    void on(EventEnvelope<?> event) {
        projection.apply(event.as(ActionItemStateChanged.class).payload());
    }
}
