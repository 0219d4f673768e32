package dev.retrotrack.metrics.epic.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Map;

import dev.retrotrack.metrics.epic.EpicDelivery;
import dev.retrotrack.metrics.epic.EpicMetrics;
import dev.retrotrack.metrics.histogram.persistence.StoredObservations;
import dev.retrotrack.metrics.retro.persistence.RetroLedger;
import dev.retrotrack.metrics.support.RefreshedFromStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The epic figures from what is stored (retros recorded, story records, lead-time observations): for the read API
 * on request, and for the gauges at start and every few seconds, so every instance exports the same values and a
 * restart or replay changes nothing.
 */
@Component
public class EpicFigures extends RefreshedFromStore {

    private final MongoTemplate mongo;
    private final RetroLedger retros;
    private final EpicMetrics metrics;
    private final int epicsPerTeam;

    EpicFigures(MongoTemplate mongo, RetroLedger retros, EpicMetrics metrics,
                @Value("${retrotrack.metrics.epics-per-team:10}") int epicsPerTeam) {
        this.mongo = mongo;
        this.retros = retros;
        this.metrics = metrics;
        this.epicsPerTeam = epicsPerTeam;
    }

    /** Every epic of the team, the most recently active first. */
    public List<EpicDelivery.Epic> epics(String team) {
        return EpicDelivery.epics(retros.facts(team), stories(Query.query(where("team").is(team))));
    }

    /** The team's follow-through ratio, if a retro of it reported on its predecessor. */
    public Double followThrough(String team) {
        return EpicDelivery.followThrough(retros.facts(team)).get(team);
    }

    /** The stories a query selects, without the ids of the events applied to them (not needed here). */
    private List<EpicDelivery.StoryFacts> stories(Query query) {
        query.fields().exclude("events");
        return mongo.find(query, StoryRecord.class).stream().map(StoryRecord::facts).toList();
    }

    @Override
    @Scheduled(fixedDelayString = "${retrotrack.metrics.refresh-interval:2s}",
            initialDelayString = "${retrotrack.metrics.refresh-interval:2s}")
    public void refresh() {
        List<EpicDelivery.RetroFacts> retroFacts = retros.facts();
        List<EpicDelivery.StoryFacts> stories = stories(new Query());
        metrics.delivery().replace(EpicDelivery.latest(retroFacts, stories, epicsPerTeam));
        Map<String, Double> followThrough = EpicDelivery.followThrough(retroFacts);
        metrics.delivery().replaceFollowThrough(followThrough);
        StoredObservations.refresh(mongo, StoryLeadTime.class, metrics.leadTime(), "team");
    }
}
