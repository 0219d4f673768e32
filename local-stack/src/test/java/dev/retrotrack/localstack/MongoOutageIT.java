package dev.retrotrack.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fault: MongoDB (the wire server) goes away for more than 30 seconds while retros keep arriving on Kafka, then
 * comes back on the same data. Pass criterion: during the outage the tracker and the metrics service report DOWN
 * and nothing goes to the dead-letter topic; afterwards they are UP again, every retro is in the tracker and counted
 * once in the metrics, and a team's retros were applied in order (a later retro's follow-through found the item the
 * earlier one raised).
 */
class MongoOutageIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEAM = "mongo-outage";
    /** The actions of epics 3 to 6, worded apart so that each report finds its own. */
    private static final List<String> ACTIONS = List.of("Automate the release notes", "Pin the base image",
            "Rotate the signing key", "Split the billing module");

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void consumersWaitForMongoDbWithoutLosingReorderingOrDeadLetteringAnything() throws Exception {
        List<Integer> ports = Ports.free(7);
        Path mongoFile = dataDir.resolve("mongo").resolve("outage.mv.db");
        try (KafkaBroker kafka = KafkaBroker.start(dataDir, ports.get(0), ports.get(1))) {
            kafka.awaitReady(Instant.now().plus(EVENTUALLY));
            String bootstrap = kafka.bootstrapServers();
            MongoWireServer mongo = MongoWireServer.start(mongoFile, ports.get(2));
            try (ServiceProcess tracker = StackParts.start(dataDir, Service.TRACKER, ports.get(3), ports.get(5),
                         bootstrap, mongo.uri());
                 ServiceProcess metrics = StackParts.start(dataDir, Service.METRICS, ports.get(4), ports.get(6),
                         bootstrap, mongo.uri())) {
                ServiceProcess.awaitAllHealthy(List.of(tracker, metrics), Instant.now().plus(EVENTUALLY), l -> { });
                publishRetro(bootstrap, "1", "[{\"title\":\"Fix the flaky build\",\"owner\":\"Ann\"}]", "[]");
                await().atMost(EVENTUALLY).until(() -> items(tracker.url()).size() == 1);

                mongo.close();                                            // MongoDB goes away
                // Epic 2's retro reports epic 1's action done; epics 3 to 6 each raise one action and report the
                // previous one done: applied out of order, a report would find no item and an action stay open.
                publishRetro(bootstrap, "2", "[]", "[{\"title\":\"Fix the flaky build\",\"status\":\"DONE\"}]");
                for (int epic = 3; epic <= 6; epic++) {
                    String previous = epic == 3 ? "[]"
                            : "[{\"title\":\"" + ACTIONS.get(epic - 4) + "\",\"status\":\"DONE\"}]";
                    publishRetro(bootstrap, String.valueOf(epic),
                            "[{\"title\":\"" + ACTIONS.get(epic - 3) + "\",\"owner\":\"Bo\"}]", previous);
                }
                await().atMost(EVENTUALLY).until(() -> isDown(tracker) && isDown(metrics));
                await().during(Duration.ofSeconds(30)).atMost(Duration.ofSeconds(90))
                        .until(() -> isDown(tracker) && isDown(metrics)
                                && StackParts.recordsOn(bootstrap, "retrotrack.dead-letter.v1") == 0);

                mongo = MongoWireServer.start(mongoFile, ports.get(2));  // back, on the same data
                ServiceProcess.awaitAllHealthy(List.of(tracker, metrics), Instant.now().plus(EVENTUALLY), l -> { });
                await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(statusByTitle(tracker.url()))
                        .containsExactlyInAnyOrderEntriesOf(Map.of("Fix the flaky build", "DONE",
                                ACTIONS.get(0), "DONE", ACTIONS.get(1), "DONE", ACTIONS.get(2), "DONE",
                                ACTIONS.get(3), "OPEN")));
                await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(get(metrics.managementUrl()
                        .resolve("/actuator/prometheus"))).containsPattern(
                        "(?m)^retrotrack_retros_ingested_total\\{team=\"" + TEAM + "\"} 6\\.0$"));
                assertThat(StackParts.recordsOn(bootstrap, "retrotrack.dead-letter.v1")).isZero();
            } finally {
                mongo.close();
            }
        }
    }

    private boolean isDown(ServiceProcess service) {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(service.managementUrl()
                            .resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 503 && health.body().contains("\"DOWN\"");
        } catch (Exception e) {
            return false;
        }
    }

    private static void publishRetro(String bootstrap, String epic, String actionItems, String followThrough)
            throws Exception {
        String retroId = UUID.randomUUID().toString();
        String envelope = """
                {"eventId":"%s","type":"RetroSubmitted","schemaVersion":1,"occurredAt":"%s",
                 "subject":"%s","team":"%s","trace":{"traceparent":null,"tracestate":null},
                 "payload":{"retroId":"%s","team":"%s","retro":{
                   "epic":{"id":"%s","title":"Outage"},"date":"2026-11-%02d","participants":[],"stories":[],
                   "actionItems":%s,"techDebt":[],"followThrough":%s,"warnings":[]}}}
                """.formatted(UUID.randomUUID(), Instant.now(), retroId, TEAM, retroId, TEAM, epic,
                Integer.parseInt(epic), actionItems, followThrough);
        StackParts.publish(bootstrap, List.of(new ProducerRecord<>("retro.submitted.v1", TEAM, envelope)));
    }

    private Map<String, String> statusByTitle(URI tracker) throws Exception {
        Map<String, String> statuses = new java.util.HashMap<>();
        for (JsonNode item : items(tracker)) {
            statuses.put(item.path("title").asString(), item.path("status").asString());
        }
        return statuses;
    }

    private List<JsonNode> items(URI tracker) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(get(tracker.resolve("/api/v1/teams/" + TEAM + "/action-items?size=200")))
                .path("items").forEach(items::add);
        return items;
    }

    private String get(URI uri) throws Exception {
        return http.send(StackParts.request(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
