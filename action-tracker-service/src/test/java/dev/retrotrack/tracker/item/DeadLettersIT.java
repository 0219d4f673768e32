package dev.retrotrack.tracker.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import dev.retrotrack.events.EventCodec;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.Retro;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.events.TraceContext;
import dev.retrotrack.events.Topics;
import dev.retrotrack.support.deadletter.DeadLetter;
import dev.retrotrack.support.deadletter.DeadLetterMaintenance;
import dev.retrotrack.support.deadletter.DeadLetterRedrive;
import dev.retrotrack.support.messaging.PublishFailedException;
import dev.retrotrack.support.deadletter.DeadLetterStore;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.Management;
import dev.retrotrack.testing.PrometheusScrape;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import dev.retrotrack.testing.TopicWriter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Dead letters are kept with their bytes and reason, shown, redriven to their original topic once, or discarded,
 * through the tracker's {@code /api/v1/dead-letters}; all through a real Kafka broker.
 */
@RetrotrackIntegrationTest(properties = {"retrotrack.tracker.overdue-initial-delay=1h",
        "retrotrack.dead-letters.refresh-interval=200ms"})
class DeadLettersIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    DeadLetterStore store;

    @Autowired
    DeadLetterMaintenance maintenance;

    @Test
    void aPoisonRecordIsKeptRedrivenOnceAndItsSecondFailureDiscarded() {
        String poison = "{not json " + UUID.randomUUID();
        TopicWriter.send(Topics.RETRO_SUBMITTED, TestTeams.unique("poison"), poison.getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(withPayload(poison)).hasSize(1));
        String id = withPayload(poison).getFirst();
        HttpResponse<String> shown = get("/api/v1/dead-letters/" + id);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(shown.body(), "$.topic")).isEqualTo(Topics.RETRO_SUBMITTED);
        assertThat((String) JsonPath.read(shown.body(), "$.service")).isEqualTo("action-tracker-service");
        assertThat((String) JsonPath.read(shown.body(), "$.status")).isEqualTo("PENDING");
        assertThat((String) JsonPath.read(shown.body(), "$.exceptionClass")).isNotBlank();
        assertThat(id).isEqualTo(Topics.RETRO_SUBMITTED + "-" + JsonPath.read(shown.body(), "$.partition") + "-"
                + JsonPath.read(shown.body(), "$.offset"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pendingGauge()).isPositive());

        HttpResponse<String> redriven = post("/api/v1/dead-letters/" + id + "/redrive", "{\"actor\": \"oncall\"}");
        assertThat(redriven.statusCode()).as(redriven.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(redriven.body(), "$.status")).isEqualTo("REDRIVEN");
        assertThat((String) JsonPath.read(redriven.body(), "$.resolvedBy")).isEqualTo("oncall");
        HttpResponse<String> again = post("/api/v1/dead-letters/" + id + "/redrive", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((String) JsonPath.read(again.body(), "$.detail")).contains("redriven").contains("oncall");

        // Still poison: the redriven copy fails again, at a new offset. Exactly one copy was published.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(withPayload(poison)).hasSize(2));
        String second = withPayload(poison).stream().filter(other -> !other.equals(id)).findFirst().orElseThrow();
        HttpResponse<String> discarded = post("/api/v1/dead-letters/" + second + "/discard", null);
        assertThat((String) JsonPath.read(discarded.body(), "$.status")).isEqualTo("DISCARDED");
        assertThat(post("/api/v1/dead-letters/" + second + "/discard", null).statusCode()).isEqualTo(409);
        assertThat(post("/api/v1/dead-letters/" + second + "/redrive", null).statusCode()).isEqualTo(409);
        // and no third copy comes later: the one redrive published once
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> withPayload(poison).size() == 2);
    }

    @Test
    void aRedrivenEventWhoseCauseWasFixedIsProcessed() {
        // A valid event that failed earlier (say, while a bug was deployed) and was kept as a dead letter.
        String team = TestTeams.unique("redrive");
        String retroId = UUID.randomUUID().toString();
        Retro retro = new Retro(new Retro.EpicRef("4", "Billing"), LocalDate.of(2026, 11, 20), null, List.of(), null,
                List.of(), List.of(new Retro.ActionItem("Rotate the signing key", "Erin", "2026-12-01", null, null,
                        Priority.HIGH, null, null, null)), List.of(), List.of(), null, List.of());
        EventEnvelope<RetroSubmitted> event = EventEnvelope.wrap(new RetroSubmitted(retroId, team, retro), retroId,
                team, TraceContext.NONE, Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        store.record(DeadLetter.of("action-tracker-service", Topics.RETRO_SUBMITTED, 0, 1_000_000L + port, team,
                EventCodec.encode(event), new IllegalStateException("bug 123"), Instant.now()));
        String id = DeadLetter.id(Topics.RETRO_SUBMITTED, 0, 1_000_000L + port);

        assertThat(post("/api/v1/dead-letters/" + id + "/redrive", null).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat((List<String>) JsonPath.read(
                get("/api/v1/teams/" + team + "/action-items").body(), "$.items[*].title"))
                .containsExactly("Rotate the signing key"));
    }

    @Test
    void resolvedDeadLettersAreRemovedAfterTheRetentionButPendingOnesAreKept() {
        long offset = 2_000_000L + port;
        byte[] value = "{}".getBytes(StandardCharsets.UTF_8);
        Instant longAgo = Instant.now().minus(Duration.ofDays(20));
        for (long o = offset; o < offset + 3; o++) {
            store.record(DeadLetter.of("action-tracker-service", Topics.RETRO_SUBMITTED, 1, o, "k", value,
                    new IllegalStateException("old"), longAgo));
        }
        store.resolve(DeadLetter.id(Topics.RETRO_SUBMITTED, 1, offset), DeadLetter.Status.DISCARDED, "ops",
                Instant.now().minus(Duration.ofDays(15)));
        store.resolve(DeadLetter.id(Topics.RETRO_SUBMITTED, 1, offset + 1), DeadLetter.Status.REDRIVEN, "ops",
                Instant.now().minus(Duration.ofDays(13)));

        maintenance.deleteExpired();   // what the service runs every hour (retention: 14 days)

        assertThat(store.find(DeadLetter.id(Topics.RETRO_SUBMITTED, 1, offset))).as("discarded 15 days ago")
                .isEmpty();
        assertThat(store.find(DeadLetter.id(Topics.RETRO_SUBMITTED, 1, offset + 1))).as("redriven 13 days ago")
                .isPresent();
        assertThat(store.find(DeadLetter.id(Topics.RETRO_SUBMITTED, 1, offset + 2))).as("still pending after 20 days")
                .isPresent();
    }

    @Test
    void aRedriveKafkaDidNotConfirmLeavesTheDeadLetterPendingToTryAgain() {
        long offset = 3_000_000L + port;
        store.record(DeadLetter.of("action-tracker-service", Topics.RETRO_SUBMITTED, 2, offset, "k",
                "{}".getBytes(StandardCharsets.UTF_8), new IllegalStateException("x"), Instant.now()));
        String id = DeadLetter.id(Topics.RETRO_SUBMITTED, 2, offset);
        KafkaTemplate<Object, Object> brokerAway = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of())) {
            @Override
            public CompletableFuture<SendResult<Object, Object>> send(ProducerRecord<Object, Object> record) {
                return CompletableFuture.failedFuture(new org.apache.kafka.common.errors.TimeoutException("away"));
            }
        };
        DeadLetterRedrive redrive = new DeadLetterRedrive(store, brokerAway, Duration.ofSeconds(1),
                Clock.systemUTC());

        assertThatThrownBy(() -> redrive.redrive(id, "ops")).isInstanceOf(PublishFailedException.class);

        assertThat(store.find(id)).get().extracting(DeadLetter::status).isEqualTo(DeadLetter.Status.PENDING);
    }

    @Test
    void unknownIdsStatusesAndBodiesAreProblems() {
        assertThat(get("/api/v1/dead-letters/nope").statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/dead-letters/nope/redrive", null).statusCode()).isEqualTo(404);
        HttpResponse<String> badStatus = get("/api/v1/dead-letters?status=LOST");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(badStatus.body(), "$.detail")).contains("PENDING, REDRIVEN, DISCARDED");
        assertThat(get("/api/v1/dead-letters?size=1000").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/dead-letters/nope/discard", "{\"who\": \"x\"}").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/dead-letters?status=pending").statusCode()).isEqualTo(200);
    }

    /** Ids of the dead letters whose payload is exactly this. */
    private List<String> withPayload(String payload) {
        HttpResponse<String> page = get("/api/v1/dead-letters?size=200");
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> ids = JsonPath.read(page.body(), "$.deadLetters[?(@.payload == '" + payload + "')].id");
        return ids;
    }

    private double pendingGauge() {
        return PrometheusScrape.value(Management.scrape(managementPort), "retrotrack_dead_letters_pending",
                java.util.Map.of("topic", Topics.RETRO_SUBMITTED)).orElse(-1);
    }

    private HttpResponse<String> get(String path) {
        return HttpJson.get("http://localhost:" + port + path);
    }

    private HttpResponse<String> post(String path, String json) {
        return json == null ? HttpJson.send("POST", "http://localhost:" + port + path, "application/json", "")
                : HttpJson.post("http://localhost:" + port + path, "application/json", json);
    }
}
