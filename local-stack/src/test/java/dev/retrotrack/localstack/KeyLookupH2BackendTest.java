package dev.retrotrack.localstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyLookupH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void looksUpByIdInNewCollectionsAndInThoseReopenedFromTheFile() {
        Path file = dir.resolve("lookup.mv.db");
        KeyLookupH2Backend created = new KeyLookupH2Backend(new MVStore.Builder().fileName(file.toString()).open());
        MongoServer server = new MongoServer(created);
        try (MongoClient client = MongoClients.create("mongodb://" + Ports.HOST + ":" + server.bind().getPort())) {
            client.getDatabase("retrotrack").getCollection("items").insertOne(new Document("_id", "a-1"));
            assertThat(idIndexOf(created)).isInstanceOf(EqualityLookupIndex.class);
        } finally {
            server.shutdownNow();
        }

        KeyLookupH2Backend reopened = new KeyLookupH2Backend(new MVStore.Builder().fileName(file.toString()).open());
        try {
            assertThat(idIndexOf(reopened)).isInstanceOf(EqualityLookupIndex.class);
        } finally {
            reopened.close();
        }
    }

    private static Index<?> idIndexOf(KeyLookupH2Backend backend) {
        List<? extends Index<?>> indexes = backend.resolveDatabase("retrotrack").resolveCollection("items", true)
                .getIndexes();
        return indexes.stream().filter(index -> index.getName().equals("_id_")).findFirst().orElseThrow();
    }
}
