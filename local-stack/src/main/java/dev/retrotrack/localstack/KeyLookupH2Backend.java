package dev.retrotrack.localstack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * The H2 backend of {@code mongo-java-server} whose {@code _id} index also serves a query that names
 * {@code _id} and more fields: see {@link EqualityLookupIndex}.
 * Storage, file format and every other behaviour are the library's.
 */
final class KeyLookupH2Backend extends H2Backend {

    KeyLookupH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new KeyLookupH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    private static final class KeyLookupH2Database extends H2Database {

        KeyLookupH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry);
        }

        // Called for new collections and, from the constructor, for those already in the file.
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            return EqualityLookupIndex.wrapIfIdIndex(
                    super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse));
        }
    }
}
