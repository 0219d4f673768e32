package dev.retrotrack.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code _id} index of {@code mongo-java-server}, answering also queries that name {@code _id}
 * <em>and</em> other fields, as MongoDB's query planner does.
 *
 * <p>Why: {@code mongo-java-server} 1.47 uses an index only when a query's keys are exactly the
 * index's keys ({@code AbstractUniqueIndex.canHandle}). Every optimistic write here is keyed by
 * {@code _id} plus a version or revision (Spring Data's {@code @Version} saves, the metrics
 * projection's conditional updates), so each one scanned the whole collection: 500 such updates on
 * 20,000 documents took 4–6 s against 0.2–0.5 s by {@code _id} alone, and the backfill slowed as the
 * data grew. For a plain equality on {@code _id} this index hands back the one matching position;
 * the collection then checks the whole query against that document, exactly as it checks every
 * document of a scan, so results are unchanged: only the candidates are fewer.
 *
 * <p>Every other query shape, and all maintenance of the index, goes to the library's own index. Only
 * {@code _id} is wrapped: on other single-key unique indexes the library's index and its scan can
 * disagree (a dotted path through an array), and the lookup would carry that into more queries. One
 * difference remains: a malformed clause next to an {@code _id} that does not exist finds no
 * candidate to be checked against, so it answers "nothing" where a scan would have reported it.
 */
final class EqualityLookupIndex<P> extends Index<P> {

    private static final String ID = "_id";

    private final Index<P> delegate;

    private EqualityLookupIndex(Index<P> delegate) {
        // An _id index is never sparse: every document has an _id.
        super(delegate.getName(), delegate.getKeys(), false);
        this.delegate = delegate;
    }

    /** Wraps the index if it is the unique index on {@code _id} alone; any other is returned as it is. */
    static <P> Index<P> wrapIfIdIndex(Index<P> index) {
        boolean idAlone = index.getKeys().size() == 1 && ID.equals(index.getKeys().getFirst().getKey());
        return idAlone && index.isUnique() ? new EqualityLookupIndex<>(index) : index;
    }

    @Override
    public boolean canHandle(Document query) {
        return delegate.canHandle(query) || (query.size() > 1 && isPlainEquality(query.get(ID)));
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        if (delegate.canHandle(query)) {
            return delegate.getPositions(query);
        }
        return delegate.getPositions(new Document(ID, query.get(ID)));
    }

    /**
     * A value compared for equality as it is: not absent or null (left to the library), not an
     * operator document or embedded document, not a regular expression, not a list.
     */
    private static boolean isPlainEquality(Object value) {
        return value != null
                && !(value instanceof Map<?, ?>)
                && !(value instanceof Collection<?>)
                && !(value instanceof Pattern)
                && !(value instanceof BsonRegularExpression);
    }

    // Everything below keeps the library's own index in charge of its entries.

    @Override
    public P getPosition(Document document) {
        return delegate.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        delegate.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        delegate.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return delegate.remove(document);
    }

    @Override
    public long getCount() {
        return delegate.getCount();
    }

    @Override
    public boolean isEmpty() {
        return delegate.isEmpty();
    }

    @Override
    public long getDataSize() {
        return delegate.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        delegate.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        delegate.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        delegate.drop();
    }

    @Override
    public boolean isUnique() {
        return true;
    }

    @Override
    public Document toIndexDescription() {
        return delegate.toIndexDescription();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
