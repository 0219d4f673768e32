package dev.retrotrack.metrics.retro.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.retrotrack.metrics.epic.EpicDelivery;
import dev.retrotrack.metrics.retro.IngestedRetroCounter;
import dev.retrotrack.metrics.support.RefreshedFromStore;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records each retro once and keeps {@link IngestedRetroCounter} equal to what is recorded, by any instance; tells
 * the epic figures what each retro said.
 */
@Component
public class RetroLedger extends RefreshedFromStore {

    private final MongoTemplate mongo;
    private final IngestedRetroCounter counter;

    RetroLedger(MongoTemplate mongo, IngestedRetroCounter counter) {
        this.mongo = mongo;
        this.counter = counter;
    }

    /**
     * Sets the counters to what the shared ledger recorded, every few seconds: retros another instance recorded
     * show here too, so every instance exports the truth (the ledger only grows, so the counters never go back).
     */
    @Override
    @Scheduled(fixedDelayString = "${retrotrack.metrics.refresh-interval:2s}",
            initialDelayString = "${retrotrack.metrics.refresh-interval:2s}")
    public void refresh() {
        Aggregation perTeam = Aggregation.newAggregation(
                Aggregation.group("team").count().as("count").sum("warnings").as("warnings"));
        mongo.aggregate(perTeam, IngestedRetro.class, Document.class).forEach(row ->
                counter.restore(row.getString("_id"), row.get("count", Number.class).longValue(),
                        row.get("warnings") instanceof Number n ? n.longValue() : 0));
    }

    /** What every recorded retro said. */
    public List<EpicDelivery.RetroFacts> facts() {
        return mongo.findAll(IngestedRetro.class).stream().map(IngestedRetro::facts).toList();
    }

    /** What every recorded retro of one team said. */
    public List<EpicDelivery.RetroFacts> facts(String team) {
        return mongo.find(Query.query(where("team").is(team)), IngestedRetro.class).stream()
                .map(IngestedRetro::facts).toList();
    }

    /** @return {@code true} if this retro was new and has been counted */
    public boolean record(String retroId, UUID eventId, Instant at, int warnings, EpicDelivery.RetroFacts facts) {
        String team = facts.team();
        try {
            mongo.insert(new IngestedRetro(retroId, team, facts.epic(), eventId, at, warnings, facts.date(),
                    facts.storiesPlanned(), facts.storiesCompleted(), facts.pointsPlanned(),
                    facts.pointsCompleted(), facts.followThroughRows(), facts.followThroughDone()));
        } catch (DuplicateKeyException alreadyCounted) {
            return false;
        }
        counter.increment(team, warnings);
        return true;
    }
}
