package dev.retrotrack.metrics.retro.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.retrotrack.metrics.epic.EpicDelivery;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A retro the metrics have counted; its id makes recording it again a no-op. */
@Document("ingested_retros")
record IngestedRetro(@Id String retroId, @Indexed String team, String epicId, UUID eventId, Instant at,
                     int warnings, LocalDate date, Integer storiesPlanned, Integer storiesCompleted,
                     Integer pointsPlanned, Integer pointsCompleted, int followThroughRows,
                     int followThroughDone) {

    EpicDelivery.RetroFacts facts() {
        return new EpicDelivery.RetroFacts(team, epicId, date, at, storiesPlanned, storiesCompleted, pointsPlanned,
                pointsCompleted, followThroughRows, followThroughDone);
    }
}
