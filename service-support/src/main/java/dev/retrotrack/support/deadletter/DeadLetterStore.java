package dev.retrotrack.support.deadletter;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The service's dead letters in its own MongoDB database ({@code dead_letters}). Resolved ones are removed after the
 * retention by the application ({@link #deleteResolvedBefore}): the local wire server does not expire TTL indexes;
 * on a real MongoDB the TTL index does the same. Pending ones are kept until someone deals with them.
 */
public class DeadLetterStore {

    static final String COLLECTION = "dead_letters";

    private final MongoTemplate mongo;
    private final long retentionSeconds;

    public DeadLetterStore(MongoTemplate mongo, java.time.Duration retention) {
        this.mongo = mongo;
        this.retentionSeconds = retention.toSeconds();
    }

    /** Records a dead letter; the same record failing again (a redelivery) keeps the first. */
    public void record(DeadLetter deadLetter) {
        try {
            mongo.insert(deadLetter, COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // the same topic, partition and offset: recorded before a crash or a rebalance
        }
    }

    public Optional<DeadLetter> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DeadLetter.class, COLLECTION));
    }

    /** Newest first; {@code status} {@code null} for all. */
    public List<DeadLetter> list(DeadLetter.Status status, int page, int size) {
        Query query = status == null ? new Query() : Query.query(where("status").is(status.name()));
        query.with(Sort.by(Sort.Direction.DESC, "failedAt")).skip((long) page * size).limit(size);
        return mongo.find(query, DeadLetter.class, COLLECTION);
    }

    public long count(DeadLetter.Status status) {
        return mongo.count(status == null ? new Query() : Query.query(where("status").is(status.name())),
                DeadLetter.class, COLLECTION);
    }

    /**
     * Moves a pending dead letter to {@code to}, once: of two concurrent requests only one succeeds.
     *
     * @return the dead letter before the move, or empty when it was not pending (or does not exist)
     */
    public Optional<DeadLetter> resolve(String id, DeadLetter.Status to, String by, Instant at) {
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(where("_id").is(id).and("status").is(DeadLetter.Status.PENDING.name())),
                new Update().set("status", to.name()).set("resolvedAt", at).set("resolvedBy", by),
                FindAndModifyOptions.options().returnNew(false), DeadLetter.class, COLLECTION));
    }

    /** Pending dead letters per source topic. */
    public Map<String, Long> pendingByTopic() {
        Map<String, Long> counts = new LinkedHashMap<>();
        mongo.aggregate(Aggregation.newAggregation(
                        Aggregation.match(where("status").is(DeadLetter.Status.PENDING.name())),
                        Aggregation.group("topic").count().as("count")), COLLECTION, Document.class)
                .forEach(row -> counts.put(row.getString("_id"), row.get("count", Number.class).longValue()));
        return counts;
    }

    /**
     * Removes dead letters that were redriven or discarded before {@code cutoff}. Pending ones stay, however old:
     * nobody has dealt with them yet.
     */
    public long deleteResolvedBefore(Instant cutoff) {
        return mongo.remove(Query.query(where("status").ne(DeadLetter.Status.PENDING.name())
                .and("resolvedAt").lt(cutoff)), COLLECTION).getDeletedCount();
    }

    /**
     * Creates the indexes at start-up, away from the consumers' error path: a failure (an index with other options
     * left by an earlier retention setting, missing rights) is logged and never blocks a partition. The TTL index
     * on {@code resolvedAt} serves a real MongoDB; pending dead letters have none, so they never expire.
     */
    public void createIndexes() {
        try {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
            mongo.indexOps(COLLECTION).createIndex(new Index().on("resolvedAt", Sort.Direction.ASC)
                    .named("resolved_ttl").expire(retentionSeconds, TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DeadLetterStore.class).warn("Dead-letter indexes not created ({}); the "
                    + "service's own retention job still removes resolved dead letters", e.getMessage());
        }
    }
}
