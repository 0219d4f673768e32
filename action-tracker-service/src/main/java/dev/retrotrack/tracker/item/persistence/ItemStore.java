package dev.retrotrack.tracker.item.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.retrotrack.events.EventCodec;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.tracker.item.Due;
import dev.retrotrack.tracker.item.ItemId;
import dev.retrotrack.tracker.item.TrackedItem;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.WriteError;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads and writes items, each in its team's collection; every write of a change carries that change's events into
 * the item's outbox.
 */
@Repository
public class ItemStore {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final ItemCollections collections;

    ItemStore(MongoTemplate mongo, ItemCollections collections) {
        this.mongo = mongo;
        this.collections = collections;
    }

    public Optional<StoredItem> find(String id) {
        return collectionOf(id).map(collection -> mongo.findById(id, ItemDocument.class, collection))
                .map(ItemStore::stored);
    }

    private static StoredItem stored(ItemDocument doc) {
        return new StoredItem(doc.toItem(), doc.revision(), doc.outbox());
    }

    /**
     * Saves a changed item if nobody wrote it since it was loaded.
     *
     * @return the item's outbox as written (events still pending from before, then the new ones)
     * @throws org.springframework.dao.OptimisticLockingFailureException if somebody did
     */
    public List<OutboxEntry> update(StoredItem loaded, TrackedItem changed, List<EventEnvelope<?>> events) {
        List<OutboxEntry> outbox = new ArrayList<>(loaded.pendingEvents());
        outbox.addAll(outboxOf(events));
        return mongo.save(ItemDocument.of(changed, loaded.revision(), outbox), collections.of(changed.team()))
                .outbox();
    }

    /**
     * One page of a team's items, soonest due first, for showing: the items come without their history and outbox
     * (a page is read far more often than an item, and those are most of a document), so never save them.
     */
    public List<TrackedItem> page(ItemQuery query) {
        Query mongoQuery = toMongo(query)
                .with(Sort.by("dueSortKey", "createdAt", "_id"))
                .skip((long) query.page() * query.size())
                .limit(query.size());
        mongoQuery.fields().exclude("outbox").exclude("history");
        return collections.forTeam(query.team())
                .map(collection -> mongo.find(mongoQuery, ItemDocument.class, collection))
                .orElse(List.of()).stream().map(ItemDocument::toItem).toList();
    }

    public long count(ItemQuery query) {
        return collections.forTeam(query.team()).map(collection -> mongo.count(toMongo(query), collection))
                .orElse(0L);
    }

    /** A team's items that are not dropped, oldest first: what a new retro may report on or carry over. */
    public List<StoredItem> liveItemsOf(String team) {
        Query query = Query.query(where("status").ne(ItemStatus.DROPPED)).with(Sort.by("createdAt", "_id"));
        return mongo.find(query, ItemDocument.class, collections.of(team)).stream().map(ItemStore::stored).toList();
    }

    /** Ids of open items due before {@code today} that the overdue check has not marked yet. */
    public List<String> fallingOverdue(LocalDate today, int limit) {
        Query query = Query.query(where("overdueSince").is(null)
                        .and("status").in(ItemStatus.OPEN, ItemStatus.IN_PROGRESS, ItemStatus.BLOCKED)
                        .and("due.date").lt(today))
                .limit(limit);
        return ids(query);
    }

    /** The team's live items whose deadline is a milestone not yet reached (no date yet). */
    public List<StoredItem> awaitingMilestone(String team) {
        return collections.forTeam(team).map(collection -> mongo.find(Query.query(where("status")
                        .ne(ItemStatus.DROPPED).and("due.basis").is(Due.Basis.MILESTONE).and("due.date").is(null)),
                        ItemDocument.class, collection).stream().map(ItemStore::stored).toList())
                .orElse(List.of());
    }

    /** Items with events saved before {@code cutoff} that are still unpublished. */
    public List<String> withPendingEvents(Instant cutoff, int limit) {
        return ids(Query.query(where("outbox").elemMatch(where("createdAt").lt(cutoff))).limit(limit));
    }

    /**
     * Ids of matching items across every team, up to the query's limit. Read as raw documents: a partial document
     * cannot be mapped to an item.
     */
    private List<String> ids(Query query) {
        query.fields().include("_id");
        List<String> ids = new ArrayList<>();
        for (String collection : collections.all()) {
            int room = query.getLimit() - ids.size();
            if (room <= 0) {
                break;
            }
            mongo.find(Query.of(query).limit(room), org.bson.Document.class, collection)
                    .forEach(doc -> ids.add(doc.getString("_id")));
        }
        return ids;
    }

    /** The events still waiting in an item's outbox (read from the store: for the sweep after a crash). */
    public List<OutboxEntry> pendingEvents(String itemId) {
        return find(itemId).map(StoredItem::pendingEvents).orElse(List.of());
    }

    /** One item of {@link #insertAll}, with the events of its creation. */
    public record NewItem(TrackedItem item, List<EventEnvelope<?>> events) {
    }

    /**
     * Saves new items of one team in one bulk write; an item whose id exists already is left as it is.
     *
     * @return per item saved, its outbox as written; an item missing here existed before
     */
    public Map<String, List<OutboxEntry>> insertAll(String team, List<NewItem> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        Map<String, List<OutboxEntry>> outboxes = new LinkedHashMap<>();
        List<ItemDocument> documents = new ArrayList<>();
        for (NewItem item : items) {
            // Revision 0 as a single insert starts it; a bulk insert does not initialise the version itself.
            ItemDocument document = ItemDocument.of(item.item(), 0L, outboxOf(item.events()));
            documents.add(document);
            outboxes.put(item.item().id(), document.outbox());
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collections.of(team)).insert(documents).execute();
        } catch (BulkOperationException partly) {
            onlyDuplicates(partly.getErrors());
            forgetNotInserted(team, outboxes);
        } catch (DuplicateKeyException partly) {
            if (partly.getCause() instanceof MongoBulkWriteException bulkFailure) {
                onlyDuplicates(bulkFailure.getWriteErrors());
            }
            forgetNotInserted(team, outboxes);
        }
        return outboxes;
    }

    /** Ids that exist already are expected; any other failure of a bulk insert is the caller's to see. */
    private static void onlyDuplicates(List<? extends WriteError> errors) {
        errors.stream().filter(error -> error.getCode() != DUPLICATE_KEY).findFirst().ifPresent(error -> {
            throw new DataIntegrityViolationException("Bulk insert failed: " + error.getMessage());
        });
    }

    /** After a partial insert: keeps the outboxes of the items this insert did write. */
    private void forgetNotInserted(String team, Map<String, List<OutboxEntry>> outboxes) {
        Map<String, UUID> firstEvent = new LinkedHashMap<>();
        outboxes.forEach((id, outbox) -> firstEvent.put(id, outbox.get(0).eventId()));
        outboxes.keySet().retainAll(holding(team, firstEvent));
    }

    /** One write of {@link #updateAll}: an item as it was read and as changed, with the events of the change. */
    public record Write(StoredItem loaded, TrackedItem changed, List<EventEnvelope<?>> events) {
    }

    /**
     * Saves changed items of one team in one bulk write, each only if nobody wrote it since it was read (its revision
     * is still the one read). A retro carrying hundreds of earlier items over saves them in one round trip.
     *
     * @return per item saved, its outbox as written; an item missing here was written by someone else meanwhile
     */
    public Map<String, List<OutboxEntry>> updateAll(String team, List<Write> writes) {
        if (writes.isEmpty()) {
            return Map.of();
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collections.of(team));
        Map<String, List<OutboxEntry>> outboxes = new LinkedHashMap<>();
        for (Write write : writes) {
            List<OutboxEntry> outbox = new ArrayList<>(write.loaded().pendingEvents());
            outbox.addAll(outboxOf(write.events()));
            org.bson.Document replacement = new org.bson.Document();
            mongo.getConverter().write(ItemDocument.of(write.changed(), write.loaded().revision() + 1, outbox),
                    replacement);
            bulk.replaceOne(Query.query(where("_id").is(write.changed().id())
                    .and("revision").is(write.loaded().revision())), replacement);
            outboxes.put(write.changed().id(), outbox);
        }
        if (bulk.execute().getMatchedCount() < writes.size()) {
            // Some item was written meanwhile: saved are those whose stored outbox holds this write's new events.
            Map<String, UUID> newest = new LinkedHashMap<>();
            for (Write write : writes) {
                List<OutboxEntry> written = outboxes.get(write.changed().id());
                if (!write.events().isEmpty()) {
                    newest.put(write.changed().id(), written.get(written.size() - 1).eventId());
                }
            }
            Set<String> held = holding(team, newest);
            outboxes.keySet().retainAll(held);
        }
        return outboxes;
    }

    /**
     * Of these items, those whose stored outbox holds the given event (one query). An item without a new event of
     * its own cannot be told apart from an older write, so it counts as not held and is written again.
     */
    private Set<String> holding(String team, Map<String, UUID> newestEvent) {
        if (newestEvent.isEmpty()) {
            return Set.of();
        }
        Query query = Query.query(where("_id").in(newestEvent.keySet())
                .and("outbox.eventId").in(newestEvent.values()));
        Set<String> held = new HashSet<>();
        for (ItemDocument stored : mongo.find(query, ItemDocument.class, collections.of(team))) {
            UUID expected = newestEvent.get(stored.id());
            if (stored.outbox().stream().anyMatch(entry -> entry.eventId().equals(expected))) {
                held.add(stored.id());
            }
        }
        return held;
    }

    /**
     * Removes published events from their items' outboxes, one bulk write per team; bumps each revision so no stale
     * writer can bring them back.
     *
     * @param published item id → ids of its events the broker confirmed
     */
    public void markPublished(Map<String, List<UUID>> published) {
        Map<String, BulkOperations> perCollection = new LinkedHashMap<>();
        published.forEach((itemId, eventIds) -> collectionOf(itemId).ifPresent(collection -> perCollection
                .computeIfAbsent(collection, name -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, name))
                .updateOne(Query.query(where("_id").is(itemId)), new Update()
                        .pull("outbox", Query.query(where("eventId").in(eventIds)).getQueryObject())
                        .inc("revision", 1))));
        perCollection.values().forEach(BulkOperations::execute);
    }

    private Optional<String> collectionOf(String itemId) {
        return ItemId.teamOf(itemId).flatMap(collections::forTeam);
    }

    private static Query toMongo(ItemQuery query) {
        // The team is the collection; it is also stored in each item and checked again here.
        Criteria criteria = where("team").is(query.team());
        if (query.status() != null) {
            criteria = criteria.and("status").is(query.status());
        }
        if (query.priority() != null) {
            criteria = criteria.and("priority").is(query.priority());
        }
        if (query.kind() != null) {
            criteria = criteria.and("kind").is(query.kind());
        }
        if (query.owner() != null) {
            criteria = criteria.and("owner").is(query.owner());
        }
        if (query.epic() != null) {
            criteria = criteria.and("epicId").is(query.epic());
        }
        if (query.overdue() != null) {
            criteria = criteria.and("overdue").is(query.overdue());
        }
        return Query.query(criteria);
    }

    /** Stamped with the wall clock (not the event time), so the relay's sweep can tell fresh entries from stuck. */
    private static List<OutboxEntry> outboxOf(List<EventEnvelope<?>> events) {
        Instant savedAt = Instant.now();
        return events.stream()
                .map(event -> new OutboxEntry(event.eventId(),
                        new String(EventCodec.encode(event), StandardCharsets.UTF_8), savedAt))
                .toList();
    }
}
