package dev.retrotrack.metrics.epic.messaging;

import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.StoryEvent;
import dev.retrotrack.events.Topics;
import dev.retrotrack.metrics.epic.persistence.StoryProjection;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the story records current from {@code story.changed.v1}. */
@Component
class StoryChangedListener {

    private final StoryProjection projection;

    StoryChangedListener(StoryProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.STORY_CHANGED)
    void on(EventEnvelope<?> event) {
        projection.apply(event.eventId(), event.as(StoryEvent.class).payload());
    }
}
