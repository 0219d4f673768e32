package dev.retrotrack.support.deadletter;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The service's dead letters in its own MongoDB database ({@code dead_letters}). Retention is the application's job
 * ({@link #deleteFailedBefore}): the local wire server does not expire TTL indexes; on a real MongoDB the TTL index
 * created with the first dead letter does the same.
 */
public class DeadLetterStore {

    static final String COLLECTION = "dead_letters";

    private final MongoTemplate mongo;
    private final long retentionSeconds;
    private volatile boolean indexed;

    public DeadLetterStore(MongoTemplate mongo, java.time.Duration retention) {
        this.mongo = mongo;
        this.retentionSeconds = retention.toSeconds();
    }

    /** Records a dead letter; the same record failing again (a redelivery) keeps the first. */
    public void record(DeadLetter deadLetter) {
        ensureIndexes();
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

    /** Undoes {@link #resolve} when what it stood for did not happen (the redrive could not be published). */
    public void reopen(String id) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("status",
                DeadLetter.Status.PENDING.name()).unset("resolvedAt").unset("resolvedBy"), COLLECTION);
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

    /** Removes dead letters that failed before {@code cutoff}, whatever their status. */
    public long deleteFailedBefore(Instant cutoff) {
        return mongo.remove(Query.query(where("failedAt").lt(cutoff)), COLLECTION).getDeletedCount();
    }

    private void ensureIndexes() {
        if (!indexed) {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC));
            // For a real MongoDB; the application's retention job does the same where TTL is not enforced.
            mongo.indexOps(COLLECTION).createIndex(new Index().on("failedAt", Sort.Direction.ASC)
                    .expire(retentionSeconds, TimeUnit.SECONDS));
            indexed = true;
        }
    }
}
