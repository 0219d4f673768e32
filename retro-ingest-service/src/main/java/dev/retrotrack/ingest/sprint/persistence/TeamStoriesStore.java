package dev.retrotrack.ingest.sprint.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Reads and writes {@link TeamStories}. */
@Repository
public class TeamStoriesStore {

    private final MongoTemplate mongo;

    TeamStoriesStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<TeamStories> find(String team) {
        return Optional.ofNullable(mongo.findById(team, TeamStories.class));
    }

    /**
     * Saves the team's stories and outbox if nobody wrote them since they were read.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException if somebody did
     * @throws org.springframework.dao.DuplicateKeyException             if a first write raced another
     */
    public TeamStories save(TeamStories stories) {
        return mongo.save(stories);
    }

    /** Removes a published event; bumps the revision so no stale writer brings it back. */
    public void markPublished(String team, UUID eventId) {
        mongo.updateFirst(Query.query(where("_id").is(team)),
                new Update().pull("outbox", Query.query(where("eventId").is(eventId)).getQueryObject())
                        .inc("revision", 1), TeamStories.class);
    }

    /** Teams with events saved before {@code cutoff} and still unpublished. */
    public List<TeamStories> withPendingEvents(Instant cutoff) {
        return mongo.find(Query.query(where("outbox").elemMatch(where("savedAt").lt(cutoff))), TeamStories.class);
    }
}
