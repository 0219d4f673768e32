package dev.retrotrack.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: the metrics service is killed ({@code kill -9}) in the middle of consuming a burst of events (its offsets
 * partly committed, its projections partly written), then started again. Pass criterion: after the restart every
 * metric has exactly the value of the events sent: none lost, and the records consumed twice (those processed after
 * the last committed offset) change nothing.
 */
class MetricsCrashIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(180);
    private static final List<String> TEAMS = List.of("crash-a", "crash-b", "crash-c");
    private static final int ITEMS_PER_TEAM = 1_000;

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aKilledMetricsServiceRestartsToExactlyTheTrueValues() throws Exception {
        Path repo = RepoLayout.detectRepoDir();
        Path jar = RepoLayout.serviceJar(repo, Service.METRICS).orElseThrow(() -> new AssertionError(
                "the metrics jar is not built; run ./mvnw verify from the repository root"));
        List<Integer> ports = Ports.free(5);
        try (KafkaBroker kafka = KafkaBroker.start(dataDir, ports.get(0), ports.get(1));
             MongoWireServer mongo = MongoWireServer.start(dataDir.resolve("mongo").resolve("crash.mv.db"),
                     ports.get(2));
             MongoClient client = MongoClients.create(mongo.uri())) {
            kafka.awaitReady(Instant.now().plus(EVENTUALLY));
            String bootstrap = kafka.bootstrapServers();
            Path home = Files.createDirectories(dataDir.resolve("metrics"));
            var itemStates = client.getDatabase("retrotrack-metrics").getCollection("item_states");

            ServicePorts metricsPorts = new ServicePorts(ports.get(3), ports.get(4));
            ServiceProcess first = ServiceProcess.start(Service.METRICS, jar, metricsPorts, bootstrap, mongo.uri(),
                    home, List.of());
            ServiceProcess.awaitAllHealthy(List.of(first), Instant.now().plus(EVENTUALLY), line -> { });
            int sent = publishBurst(bootstrap);
            // Killed while it is part-way through the burst.
            await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(20))
                    .until(() -> itemStates.countDocuments() >= 300);
            first.process().destroyForcibly();
            assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            long storedAtKill = itemStates.countDocuments();
            assertThat(storedAtKill).as("killed mid-burst").isLessThan(TEAMS.size() * ITEMS_PER_TEAM);

            try (ServiceProcess restarted = ServiceProcess.start(Service.METRICS, jar, metricsPorts, bootstrap,
                    mongo.uri(), home, List.of())) {
                ServiceProcess.awaitAllHealthy(List.of(restarted), Instant.now().plus(EVENTUALLY), line -> { });
                await().atMost(EVENTUALLY).untilAsserted(() -> {
                    String exposition = get(restarted.managementUrl().resolve("/actuator/prometheus"));
                    for (String team : TEAMS) {
                        // half of each team's items were finished: DONE, with one cycle time each; the rest OPEN
                        assertThat(exposition)
                                .containsPattern(series("retrotrack_action_items", team, "OPEN", 500))
                                .containsPattern(series("retrotrack_action_items", team, "DONE", 500))
                                .containsPattern("(?m)^retrotrack_action_item_cycle_time_seconds_count\\{kind="
                                        + "\"ACTION\",priority=\"HIGH\",team=\"" + team + "\"} 500(\\.0)?$")
                                .containsPattern("(?m)^retrotrack_retros_ingested_total\\{team=\"" + team
                                        + "\"} 3\\.0$");
                    }
                });
                System.out.printf("Metrics crash: killed after %d of %d items stored (%d events sent); "
                        + "exact after restart%n", storedAtKill, TEAMS.size() * ITEMS_PER_TEAM, sent);
            }
        }
    }

    private static String series(String name, String team, String state, int value) {
        return "(?m)^" + name + "\\{kind=\"ACTION\",priority=\"HIGH\",state=\"" + state + "\",team=\"" + team
                + "\"} " + value + "\\.0$";
    }

    /** Per team: three retros, then each item raised, then half of them done a day later. */
    private static int publishBurst(String bootstrap) throws Exception {
        List<ProducerRecord<String, String>> burst = new java.util.ArrayList<>();
        for (String team : TEAMS) {
            for (int retro = 1; retro <= 3; retro++) {
                String retroId = UUID.randomUUID().toString();
                burst.add(new ProducerRecord<>("retro.submitted.v1", team, envelope("RetroSubmitted", retroId, team,
                        """
                        {"retroId":"%s","team":"%s","retro":{"epic":{"id":"%d","title":"Crash"},
                         "date":"2026-11-%02d","participants":[],"stories":[],"actionItems":[],"techDebt":[],
                         "followThrough":[],"warnings":[]}}""".formatted(retroId, team, retro, retro))));
            }
            for (int item = 0; item < ITEMS_PER_TEAM; item++) {
                burst.add(new ProducerRecord<>("action-item.changed.v1", team,
                        change(team, item, null, "OPEN", 1, "2026-11-20T10:00:00Z")));
            }
            for (int item = 0; item < ITEMS_PER_TEAM; item += 2) {
                burst.add(new ProducerRecord<>("action-item.changed.v1", team,
                        change(team, item, "\"OPEN\"", "DONE", 2, "2026-11-21T10:00:00Z")));
            }
        }
        StackParts.publish(bootstrap, burst);
        return burst.size();
    }

    private static String change(String team, int item, String from, String to, int version, String at) {
        String id = team + "~act-" + item;
        return envelope("ActionItemStateChanged", id, team, """
                {"itemId":"%s","team":"%s","epicId":"1","kind":"ACTION","title":"Item %d","from":%s,"to":"%s",
                 "at":"%s","cause":"RETRO","actor":"r","priority":"HIGH","dueDate":null,"owner":null,
                 "itemVersion":%d,"overdue":false,"carriedOver":0,"reason":null}"""
                .formatted(id, team, item, from, to, at, version));
    }

    private static String envelope(String type, String subject, String team, String payload) {
        return """
                {"eventId":"%s","type":"%s","schemaVersion":1,"occurredAt":"2026-11-20T12:00:00Z","subject":"%s",
                 "team":"%s","trace":{"traceparent":null,"tracestate":null},"payload":%s}"""
                .formatted(UUID.randomUUID(), type, subject, team, payload);
    }

    private String get(java.net.URI uri) throws Exception {
        return http.send(StackParts.request(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
