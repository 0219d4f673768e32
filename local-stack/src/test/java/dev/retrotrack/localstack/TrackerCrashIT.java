package dev.retrotrack.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tracker saves an item's events in the item's own document (its outbox) and publishes them after the write.
 * Here the tracker process is killed ({@code kill -9}) after the write and before any publish could succeed (its
 * producer points at a port where no broker listens), then started again normally: every saved change must reach
 * {@code action-item.changed.v1} exactly once as far as consumers can tell, i.e. one event id per item version, and
 * nothing for changes that were not saved. Real Kafka broker, real MongoDB wire server, real service jar.
 */
class TrackerCrashIT {

    private static final String TEAM = "crash-test";
    private static final String CHANGES_TOPIC = "action-item.changed.v1";
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    @Test
    void eventsSavedBeforeAKillArePublishedOnceAfterTheRestart() throws Exception {
        Path jar = RepoLayout.serviceJar(RepoLayout.detectRepoDir(), Service.TRACKER).orElseThrow(() ->
                new AssertionError("the tracker jar is not built; run ./mvnw verify from the repository root"));
        List<Integer> ports = Ports.free(8);
        try (KafkaBroker kafka = KafkaBroker.start(dataDir, ports.get(0), ports.get(1));
             MongoWireServer mongo = MongoWireServer.start(dataDir.resolve("mongo").resolve("crash.mv.db"),
                     ports.get(2))) {
            kafka.awaitReady(Instant.now().plus(EVENTUALLY));
            String bootstrap = kafka.bootstrapServers();

            // 1. A tracker that can read from Kafka and write to MongoDB, but whose producer reaches no broker.
            ServiceProcess cannotPublish = ServiceProcess.start(Service.TRACKER, jar,
                    new ServicePorts(ports.get(3), ports.get(6)), bootstrap, mongo.uri(), dataDir, List.of(
                            "--spring.kafka.producer.bootstrap-servers=127.0.0.1:" + ports.get(5),
                            "--spring.kafka.producer.properties.max.block.ms=1000",
                            "--retrotrack.tracker.overdue-initial-delay=1h"));
            ServiceProcess.awaitAllHealthy(List.of(cannotPublish), Instant.now().plus(EVENTUALLY), line -> { });
            publishRetro(bootstrap, "");
            await().atMost(EVENTUALLY).until(() -> itemCount(cannotPublish.url()) == 3);
            try (KafkaConsumer<String, String> consumer = assignedConsumer(bootstrap)) {
                assertThat(eventsOfTeam(consumer)).as("nothing can have been published yet").isEmpty();
            }

            // 2. Killed between the write and the publish.
            cannotPublish.process().destroyForcibly();
            assertThat(cannotPublish.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

            // 3. Started again normally on the same data.
            try (ServiceProcess restarted = ServiceProcess.start(Service.TRACKER, jar,
                    new ServicePorts(ports.get(4), ports.get(7)), bootstrap, mongo.uri(), dataDir,
                    List.of("--retrotrack.tracker.overdue-initial-delay=1h"));
                 KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
                ServiceProcess.awaitAllHealthy(List.of(restarted), Instant.now().plus(EVENTUALLY), line -> { });
                List<JsonNode> events = new ArrayList<>();
                await().atMost(EVENTUALLY).untilAsserted(() -> {
                    events.addAll(eventsOfTeam(consumer));
                    assertThat(itemVersions(events)).hasSize(3);
                });
                // Fence: the same retro again with one more item. Its event is published after the sweep's (same
                // team, same partition), so once it is read, any duplicate of the first three would have been too.
                publishRetro(bootstrap, FENCE_ITEM);
                await().atMost(EVENTUALLY).untilAsserted(() -> {
                    events.addAll(eventsOfTeam(consumer));
                    assertThat(events).anySatisfy(event ->
                            assertThat(event.get("payload").get("title").asString()).isEqualTo("Fence item"));
                });

                Map<String, Set<String>> eventIdsByItemVersion = new HashMap<>();
                for (JsonNode event : events) {
                    eventIdsByItemVersion.computeIfAbsent(itemVersion(event), key -> new HashSet<>())
                            .add(event.get("eventId").asString());
                }
                assertThat(eventIdsByItemVersion).allSatisfy((itemVersion, eventIds) ->
                        assertThat(eventIds).as("event ids of " + itemVersion).hasSize(1));
                assertThat(itemVersions(events)).hasSize(4).allMatch(key -> key.endsWith("@1"));
                assertThat(itemCount(restarted.url())).isEqualTo(4);
            }
        }
    }

    private static final String FENCE_ITEM = ",{\"title\":\"Fence item\",\"owner\":\"Erin\"}";

    /** The crash test's retro; {@code moreActions} is appended to its action items (JSON, with a leading comma). */
    private static void publishRetro(String bootstrap, String moreActions) throws Exception {
        String retroId = UUID.randomUUID().toString();
        String envelope = """
                {"eventId":"%s","type":"RetroSubmitted","schemaVersion":1,"occurredAt":"2026-11-20T12:00:00Z",
                 "subject":"%s","team":"%s","trace":{"traceparent":null,"tracestate":null},
                 "payload":{"retroId":"%s","team":"%s","retro":{
                   "epic":{"id":"E-1","title":"Crash"},"date":"2026-11-20","participants":[],"stories":[],
                   "actionItems":[{"title":"Add lint gate","owner":"Charlie","priority":"HIGH"},
                                  {"title":"Document the release process","owner":"Dana"}%s],
                   "techDebt":[{"id":"TD-1","title":"Flaky invoice test","priority":"CRITICAL"}],
                   "followThrough":[],"warnings":[]}}}
                """.formatted(UUID.randomUUID(), retroId, TEAM, retroId, TEAM, moreActions);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("retro.submitted.v1", TEAM, envelope)).get(30, TimeUnit.SECONDS);
        }
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "crash-probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(CHANGES_TOPIC));
        return consumer;
    }

    /** A consumer that has its partitions, so that a poll finding nothing means there is nothing. */
    private static KafkaConsumer<String, String> assignedConsumer(String bootstrap) {
        KafkaConsumer<String, String> consumer = consumer(bootstrap);
        await().atMost(EVENTUALLY).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                throw new AssertionError("unexpected record before the crash: " + record.value());
            });
            return !consumer.assignment().isEmpty();
        });
        return consumer;
    }

    private static List<JsonNode> eventsOfTeam(KafkaConsumer<String, String> consumer) {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(2))) {
            JsonNode event = JSON.readTree(record.value());
            if (TEAM.equals(event.get("team").asString())) {
                events.add(event);
            }
        }
        return events;
    }

    private static Set<String> itemVersions(List<JsonNode> events) {
        Set<String> keys = new HashSet<>();
        events.forEach(event -> keys.add(itemVersion(event)));
        return keys;
    }

    private static String itemVersion(JsonNode event) {
        JsonNode payload = event.get("payload");
        return payload.get("itemId").asString() + "@" + payload.get("itemVersion").asLong();
    }

    private static int itemCount(URI service) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(StackParts.request(
                        service.resolve("/api/v1/teams/" + TEAM + "/action-items")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() == 200 ? JSON.readTree(response.body()).get("total").asInt() : -1;
    }
}
