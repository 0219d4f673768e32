package dev.retrotrack.tracker.item.messaging;

import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.Topics;
import dev.retrotrack.tracker.item.application.StoryArrivals;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** {@code story.changed.v1} → milestones reached. */
@Component
class StoryChangedListener {

    private final StoryArrivals arrivals;

    StoryChangedListener(StoryArrivals arrivals) {
        this.arrivals = arrivals;
    }

    @KafkaListener(topics = Topics.STORY_CHANGED)
    void on(EventEnvelope<?> event) {
        arrivals.on(event);
    }
}
