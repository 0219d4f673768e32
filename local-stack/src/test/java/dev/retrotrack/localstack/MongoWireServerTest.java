package dev.retrotrack.localstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoWireServerTest {

    @TempDir
    Path dir;

    @Test
    void keepsDocumentsInTheH2FileAcrossRestarts() {
        Path file = dir.resolve("mongo").resolve("retrotrack.mv.db");
        int port;
        try (MongoWireServer server = MongoWireServer.start(file, 0);
             MongoClient client = MongoClients.create(server.uri())) {
            port = server.port();
            client.getDatabase("retrotrack").getCollection("action_items")
                    .insertOne(new Document("_id", "a-1").append("title", "Add lint gate"));
            // The oplog is what change streams read; it is only written when enabled.
            assertThat(client.getDatabase("local").getCollection("oplog.rs").countDocuments()).isPositive();
        }
        assertThat(file).exists();

        try (MongoWireServer server = MongoWireServer.start(file, port);
             MongoClient client = MongoClients.create(server.uri())) {
            Document found = client.getDatabase("retrotrack").getCollection("action_items")
                    .find(new Document("_id", "a-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("title")).isEqualTo("Add lint gate");
        }
    }

    @Test
    void appliesAWriteConditionalOnIdAndVersionOnlyWhileTheVersionMatches() {
        Path file = dir.resolve("conditional.mv.db");
        int port;
        try (MongoWireServer server = MongoWireServer.start(file, 0);
             MongoClient client = MongoClients.create(server.uri())) {
            port = server.port();
            MongoCollection<Document> items = client.getDatabase("retrotrack").getCollection("items");
            items.insertMany(List.of(item("a-1", 1), item("a-2", 1), item("a-3", 7)));

            assertThat(items.updateOne(idAnd("a-2", "version", 1), set("version", 2)).getModifiedCount())
                    .isEqualTo(1);
            assertThat(items.updateOne(idAnd("a-2", "version", 1), set("version", 3)).getModifiedCount())
                    .as("a stale writer").isZero();
            assertThat(items.replaceOne(idAnd("a-3", "version", new Document("$lt", 7)), item("a-3", 8)).getMatchedCount())
                    .isZero();
            assertThat(items.deleteOne(idAnd("a-1", "version", 1)).getDeletedCount()).isEqualTo(1);
            assertThat(items.find(idAnd("a-2", "version", 2)).projection(include("version")).first())
                    .isEqualTo(new Document("_id", "a-2").append("version", 2));
        }

        // Collections reopened from the file answer the same way.
        try (MongoWireServer server = MongoWireServer.start(file, port);
             MongoClient client = MongoClients.create(server.uri())) {
            MongoCollection<Document> items = client.getDatabase("retrotrack").getCollection("items");
            assertThat(items.updateOne(idAnd("a-3", "version", 7), set("version", 8)).getModifiedCount())
                    .isEqualTo(1);
            assertThat(items.find().sort(ascending("_id")).map(d -> d.getString("_id") + "@" + d.getInteger("version")))
                    .containsExactly("a-2@2", "a-3@8");
        }
    }

    @Test
    void findsANumericIdWhateverTheNumbersTypeAsAScanWould() {
        try (MongoWireServer server = MongoWireServer.start(dir.resolve("numbers.mv.db"), 0);
             MongoClient client = MongoClients.create(server.uri())) {
            MongoCollection<Document> counters = client.getDatabase("retrotrack").getCollection("counters");
            counters.insertOne(new Document("_id", 1L).append("version", 0));

            assertThat(counters.updateOne(new Document("_id", 1).append("version", 0), set("version", 1))
                    .getModifiedCount()).isEqualTo(1);
            assertThat(counters.updateOne(new Document("_id", 1.0).append("version", 1), set("version", 2))
                    .getModifiedCount()).isEqualTo(1);
        }
    }

    /** A flat filter, as Spring Data sends one (the driver's {@code Filters.and} would send an {@code $and}). */
    private static Document idAnd(String id, String field, Object value) {
        return new Document("_id", id).append(field, value);
    }

    private static Document item(String id, int version) {
        return new Document("_id", id).append("title", "Item " + id).append("version", version);
    }

    @Test
    void namesThePortWhenItIsTaken() {
        try (MongoWireServer first = MongoWireServer.start(dir.resolve("first.mv.db"), 0)) {
            assertThatThrownBy(() -> MongoWireServer.start(dir.resolve("second.mv.db"), first.port()))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining(String.valueOf(first.port()))
                    .hasMessageContaining("--mongo-port");
        }
    }
}
