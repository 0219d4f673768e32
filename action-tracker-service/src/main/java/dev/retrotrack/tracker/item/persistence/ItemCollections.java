package dev.retrotrack.tracker.item.persistence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * One collection of items per team ({@code items.phoenix}). Every question people ask is about one team, and the
 * MongoDB wire server of the local stack answers queries by scanning a collection (it keeps no secondary indexes):
 * a team's collection holds that team's items only, so a team's list costs the same with 100 teams as with one.
 * On a real MongoDB the same indexes serve the sort and the sweeps; they are created the first time a team's
 * collection is used.
 */
@Component
class ItemCollections {

    static final String PREFIX = "items.";
    /** What a team name may be (the ingest service accepts no other). */
    private static final Pattern TEAM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final MongoTemplate mongo;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    ItemCollections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The collection of a team's items, for writing, with its indexes (created on the first write; reading never
     * creates anything, so asking about any team name costs nothing). A name that cannot be a team's is a bug
     * upstream.
     */
    String of(String team) {
        String name = forTeam(team).orElseThrow(() -> new IllegalArgumentException("'" + team
                + "' is not a team name"));
        if (!indexed.contains(name)) {
            ensureIndexes(name);
            indexed.add(name);
        }
        return name;
    }

    /** The collection of a team's items, for reading: a name that cannot be a team's has no items. */
    Optional<String> forTeam(String team) {
        return team != null && TEAM.matcher(team).matches() ? Optional.of(PREFIX + team) : Optional.empty();
    }

    /** Every team's collection, for the sweeps that look at all items. */
    List<String> all() {
        return mongo.getCollectionNames().stream().filter(name -> name.startsWith(PREFIX)).sorted().toList();
    }

    private void ensureIndexes(String collection) {
        IndexOperations indexes = mongo.indexOps(collection);
        indexes.createIndex(new Index().on("dueSortKey", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC).named("due_order"));
        indexes.createIndex(new Index().on("outbox.createdAt", Sort.Direction.ASC).named("outbox_created"));
        indexes.createIndex(new Index().on("overdueSince", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("due.date", Sort.Direction.ASC).named("overdue_scan"));
    }
}
