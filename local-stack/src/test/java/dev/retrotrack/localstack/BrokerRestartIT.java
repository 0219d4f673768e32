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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fault: the Kafka broker is stopped and started again while a team keeps posting retros (real broker process,
 * real service jars). Pass criterion: every retro answered {@code 202} ends in the tracker exactly once (one item
 * each, created once); every retro refused while the broker was away was answered {@code 503} with a
 * {@code Retry-After} and never shows up (ingest does not accept what it could not publish); no other answer.
 */
class BrokerRestartIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(180);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEAM = "broker-restart";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyAcceptedRetroIsTrackedOnceAndEveryRefusedOneSaidRetryAfterAndIsNowhere() throws Exception {
        List<Integer> ports = Ports.free(7);
        KafkaBroker kafka = KafkaBroker.start(dataDir, ports.get(0), ports.get(1));
        try (MongoWireServer mongo = MongoWireServer.start(dataDir.resolve("mongo").resolve("restart.mv.db"),
                ports.get(2))) {
            kafka.awaitReady(Instant.now().plus(EVENTUALLY));
            String bootstrap = kafka.bootstrapServers();
            try (ServiceProcess ingest = StackParts.start(dataDir, Service.INGEST, ports.get(3), ports.get(5),
                         bootstrap, mongo.uri());
                 ServiceProcess tracker = StackParts.start(dataDir, Service.TRACKER, ports.get(4), ports.get(6),
                         bootstrap, mongo.uri())) {
                ServiceProcess.awaitAllHealthy(List.of(ingest, tracker), Instant.now().plus(EVENTUALLY), l -> { });

                Poster poster = new Poster(ingest.url());
                Thread posting = Thread.ofPlatform().name("poster").start(poster);
                try {
                    await().atMost(EVENTUALLY).until(() -> poster.accepted.size() >= 10);
                    kafka.close();                                        // the broker goes away mid-stream
                    await().atMost(EVENTUALLY).until(() -> poster.refused.size() >= 2);
                    int acceptedBeforeRestart = poster.accepted.size();
                    kafka = KafkaBroker.start(dataDir, ports.get(0), ports.get(1));
                    kafka.awaitReady(Instant.now().plus(EVENTUALLY));
                    await().atMost(EVENTUALLY).until(() -> poster.accepted.size() >= acceptedBeforeRestart + 10);
                } finally {
                    poster.stop.set(true);
                    posting.join(Duration.ofSeconds(60));
                }

                assertThat(poster.unexpected).as("answers other than 202 and 503 + Retry-After").isEmpty();
                assertThat(poster.refused).isNotEmpty();
                Set<String> accepted = new HashSet<>(poster.accepted.keySet());
                await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(trackedTitles(tracker.url()))
                        .containsExactlyInAnyOrderElementsOf(accepted));
                // Exactly once: each item was created once (one creation in its history).
                for (JsonNode item : items(tracker.url())) {
                    long creations = 0;
                    for (JsonNode entry : item.path("history")) {
                        creations += entry.path("from").isNull() ? 1 : 0;
                    }
                    assertThat(creations).as(item.path("title").asString()).isEqualTo(1);
                }
                assertThat(trackedTitles(tracker.url())).doesNotContainAnyElementsOf(poster.refused);
                // Exactly once on the topic too: one record per accepted retro, none for a refused one.
                assertThat(StackParts.recordsOn(bootstrap, "retro.submitted.v1")).isEqualTo(accepted.size());
                System.out.printf("Broker restart: %d retros accepted and tracked once each, %d refused with 503%n",
                        accepted.size(), poster.refused.size());
            }
        } finally {
            kafka.close();
        }
    }

    /** Posts one retro after another, each with one action item named after it, until told to stop. */
    private final class Poster implements Runnable {

        final Map<String, Boolean> accepted = new ConcurrentHashMap<>();
        final Set<String> refused = ConcurrentHashMap.newKeySet();
        final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicInteger next = new AtomicInteger();
        private final URI ingest;

        Poster(URI ingest) {
            this.ingest = ingest;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                String title = "Action of retro " + next.incrementAndGet();
                String body = """
                        {"epic":{"id":"%d","title":"Restart"},"date":"2026-11-20",
                         "actionItems":[{"title":"%s","owner":"Dana","priority":"LOW"}]}
                        """.formatted(next.get(), title);
                try {
                    HttpResponse<String> response = http.send(StackParts.request(
                                    ingest.resolve("/api/v1/teams/" + TEAM + "/retros"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 202) {
                        accepted.put(title, true);
                    } else if (response.statusCode() == 503
                            && response.headers().firstValue("Retry-After").isPresent()) {
                        refused.add(title);
                    } else {
                        unexpected.add(response.statusCode() + " " + response.body());
                    }
                } catch (Exception e) {
                    unexpected.add(e.toString());
                }
            }
        }
    }

    private Set<String> trackedTitles(URI tracker) throws Exception {
        Set<String> titles = new HashSet<>();
        for (JsonNode item : items(tracker)) {
            titles.add(item.path("title").asString());
        }
        return titles;
    }

    /** Every item of the team, each with its history. */
    private List<JsonNode> items(URI tracker) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = JSON.readTree(get(tracker.resolve("/api/v1/teams/" + TEAM
                    + "/action-items?size=200&page=" + page)));
            for (JsonNode item : answer.path("items")) {
                items.add(JSON.readTree(get(tracker.resolve("/api/v1/action-items/" + item.path("id").asString()))));
            }
            if (answer.path("items").size() < 200) {
                return items;
            }
        }
    }

    private String get(URI uri) throws Exception {
        return http.send(StackParts.request(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
