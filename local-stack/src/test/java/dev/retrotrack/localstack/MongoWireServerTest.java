package dev.retrotrack.localstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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
    void namesThePortWhenItIsTaken() {
        try (MongoWireServer first = MongoWireServer.start(dir.resolve("first.mv.db"), 0)) {
            assertThatThrownBy(() -> MongoWireServer.start(dir.resolve("second.mv.db"), first.port()))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining(String.valueOf(first.port()))
                    .hasMessageContaining("--mongo-port");
        }
    }
}
