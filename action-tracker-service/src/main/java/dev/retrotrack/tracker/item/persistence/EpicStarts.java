package dev.retrotrack.tracker.item.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Optional;

import dev.retrotrack.events.Epics;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * When work on each epic of a team began (its first story started), so an item raised later with a deadline
 * "before" that epic is due at once: retro and story events travel on different topics, in no order between them.
 */
@Repository
public class EpicStarts {

    private final MongoTemplate mongo;

    EpicStarts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The first story of the epic that started, and when. */
    public record Start(String story, Instant at) {
    }

    /** Records a story start; the earliest one stays (a redelivered or older event changes nothing later). */
    public void record(String team, String epic, String story, Instant at) {
        String id = id(team, epic);
        // Only replaced by an earlier start: the query matches when none is stored yet or this one is earlier.
        Query earlierOrNone = Query.query(where("_id").is(id).orOperator(where("at").gt(at), where("at").is(null)));
        try {
            mongo.upsert(earlierOrNone, new Update().set("team", team).set("story", story).set("at", at),
                    StartDocument.class);
        } catch (org.springframework.dao.DuplicateKeyException laterThanStored) {
            // an earlier start is already stored
        }
    }

    public Optional<Start> find(String team, String epic) {
        return Optional.ofNullable(mongo.findById(id(team, epic), StartDocument.class))
                .map(start -> new Start(start.story(), start.at()));
    }

    private static String id(String team, String epic) {
        return team + "~" + Epics.canonical(epic);
    }

    @Document("epic_starts")
    record StartDocument(@Id String id, String team, String story, Instant at) {
    }
}
