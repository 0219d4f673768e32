package dev.retrotrack.metrics.retro.persistence;

import java.time.Instant;
import java.util.UUID;

import dev.retrotrack.metrics.retro.IngestedRetroCounter;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Records each retro once and keeps {@link IngestedRetroCounter} equal to what is recorded, by any instance. */
@Component
public class RetroLedger implements SmartInitializingSingleton {

    private final MongoTemplate mongo;
    private final IngestedRetroCounter counter;

    RetroLedger(MongoTemplate mongo, IngestedRetroCounter counter) {
        this.mongo = mongo;
        this.counter = counter;
    }

    /** Restores the counters before any listener starts consuming. */
    @Override
    public void afterSingletonsInstantiated() {
        refresh();
    }

    /**
     * Sets the counters to what the shared ledger recorded, every few seconds: retros another instance recorded
     * show here too, so every instance exports the truth (the ledger only grows, so the counters never go back).
     */
    @Scheduled(fixedDelayString = "${retrotrack.metrics.refresh-interval:2s}",
            initialDelayString = "${retrotrack.metrics.refresh-interval:2s}")
    public void refresh() {
        Aggregation perTeam = Aggregation.newAggregation(
                Aggregation.group("team").count().as("count").sum("warnings").as("warnings"));
        mongo.aggregate(perTeam, IngestedRetro.class, Document.class).forEach(row ->
                counter.restore(row.getString("_id"), row.get("count", Number.class).longValue(),
                        row.get("warnings") instanceof Number n ? n.longValue() : 0));
    }

    /** @return {@code true} if this retro was new and has been counted */
    public boolean record(String retroId, String team, String epicId, UUID eventId, Instant at, int warnings) {
        try {
            mongo.insert(new IngestedRetro(retroId, team, epicId, eventId, at, warnings));
        } catch (DuplicateKeyException alreadyCounted) {
            return false;
        }
        counter.increment(team, warnings);
        return true;
    }
}
