package dev.retrotrack.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What two teams do over a month, through the public APIs of a running ingest and tracker: three retros (phoenix's
 * first one posted with a W3C {@code traceparent}, as a traced client would), two sprint-status files and two story
 * webhooks, a follow-through that closes one action, a person closing another, a critical debt item that falls
 * overdue by its service level and is carried over, a critical debt item reported already done, and one request
 * refused as bad input. The end-to-end tests check what the metrics, Prometheus and the logs make of it.
 */
final class DeliverySequence {

    private static final Duration EVENTUALLY = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI ingest;
    private final URI tracker;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final HttpClient http = HttpClient.newHttpClient();
    /** The trace id phoenix's first retro is posted under. */
    private final String traceId = HexFormat.of().formatHex(randomBytes(16));

    DeliverySequence(URI ingest, URI tracker) {
        this.ingest = ingest;
        this.tracker = tracker;
    }

    String traceId() {
        return traceId;
    }

    void feed() throws Exception {
        // phoenix, epic 1, held a month ago: a critical debt item whose 7-day service level has long passed.
        postRetro("phoenix", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01", """
                {"epic":{"id":"Epic 1","title":"Accounts"},"date":"%s",
                 "delivery":{"storiesPlanned":3,"storiesCompleted":1,"pointsPlanned":13,"pointsCompleted":8},
                 "actionItems":[
                   {"title":"Add lint gate","owner":"Charlie","deadline":"%s","priority":"HIGH"},
                   {"title":"Document the release process","owner":"Dana","deadline":"%s","priority":"MEDIUM"}],
                 "techDebt":[{"id":"TD-1","title":"Flaky invoice test","priority":"CRITICAL"}]}
                """.formatted(today.minusDays(30), today.plusDays(10), today.plusDays(20)));
        // falcon sends no sprint status: its epic's figures come from its retro. Its critical debt item is past its
        // service level too, but already done: nobody must be paged for it.
        postRetro("falcon", null, """
                {"epic":{"id":"DM-09","title":"Observability"},"date":"%s",
                 "delivery":{"storiesPlanned":8,"storiesCompleted":6,"pointsPlanned":21,"pointsCompleted":13},
                 "actionItems":[{"title":"Pin the base image","owner":"Erin","deadline":"%s","priority":"CRITICAL"}],
                 "techDebt":[{"id":"TD-9","title":"Unrotated signing key","priority":"CRITICAL","status":"DONE"}]}
                """.formatted(today.minusDays(12), today.plusDays(5)));

        // phoenix's sprint status, then its tracker's webhooks for one story, then the next file.
        putSprintStatus("phoenix", """
                development_status:
                  epic-1: in-progress
                  1-1-project-setup: done
                  1-2-account-management: ready-for-dev
                  1-3-login: backlog
                  epic-2: backlog
                  2-1-shopping-cart: backlog
                """);
        storyEvent("phoenix", "1-2-account-management",
                "{\"status\":\"in-progress\",\"at\":\"%sT09:00:00Z\"}".formatted(today.minusDays(5)));
        storyEvent("phoenix", "1-2-account-management",
                "{\"status\":\"done\",\"points\":5,\"at\":\"%sT09:00:00Z\"}".formatted(today.minusDays(3)));
        putSprintStatus("phoenix", """
                development_status:
                  epic-1: in-progress
                  1-1-project-setup: done
                  1-2-account-management: done
                  1-3-login: in-progress
                  epic-2: backlog
                  2-1-shopping-cart: backlog
                """);

        // phoenix, epic 2: reports on epic 1's actions (one done, one in progress) and raises one more.
        postRetro("phoenix", null, """
                {"epic":{"id":"2","title":"Checkout"},"date":"%s",
                 "followThrough":[{"title":"Add lint gate","status":"IN_PROGRESS"},
                                  {"title":"Document the release process","status":"DONE"}],
                 "actionItems":[{"title":"Automate the changelog","owner":"Bob","deadline":"%s","priority":"LOW"}]}
                """.formatted(today.minusDays(10), today.plusDays(30)));
        await().atMost(EVENTUALLY).until(() -> status("phoenix", "Add lint gate").equals("IN_PROGRESS")
                && status("phoenix", "Automate the changelog").equals("OPEN"));

        // A person finishes the lint gate.
        String lintGate = item("phoenix", "Add lint gate").path("id").asString();
        HttpResponse<String> done = send(StackParts.request(
                        tracker.resolve("/api/v1/action-items/" + lintGate + "/transitions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"DONE\",\"actor\":\"charlie\"}")));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);

        // Someone posts a retro that is not valid JSON: refused, nothing accepted.
        HttpResponse<String> refused = send(StackParts.request(ingest.resolve("/api/v1/teams/falcon/retros"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"epic\": ")));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);

        await().atMost(EVENTUALLY).until(() -> item("phoenix", "Flaky invoice test").path("overdue").asBoolean());
    }

    /** The tracker's item of this title, with its history; a null node while there is none. */
    JsonNode item(String team, String title) throws Exception {
        HttpResponse<String> response = send(StackParts.request(
                tracker.resolve("/api/v1/teams/" + team + "/action-items?size=100")).GET());
        List<JsonNode> matching = new ArrayList<>();
        JSON.readTree(response.body()).path("items").forEach(item -> {
            if (item.path("title").asString().equals(title)) {
                matching.add(item);
            }
        });
        if (matching.isEmpty()) {
            return JSON.nullNode();
        }
        String id = matching.getFirst().path("id").asString();
        return JSON.readTree(send(StackParts.request(tracker.resolve("/api/v1/action-items/" + id)).GET())
                .body());
    }

    private void postRetro(String team, String traceparent, String json) throws Exception {
        HttpRequest.Builder request = StackParts.request(ingest.resolve("/api/v1/teams/" + team + "/retros"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private void putSprintStatus(String team, String yaml) throws Exception {
        HttpResponse<String> response = send(StackParts.request(
                        ingest.resolve("/api/v1/teams/" + team + "/sprint-status"))
                .header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString(yaml)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private void storyEvent(String team, String story, String json) throws Exception {
        HttpResponse<String> response = send(StackParts.request(
                        ingest.resolve("/api/v1/teams/" + team + "/stories/" + story + "/events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String status(String team, String title) throws Exception {
        return item(team, title).path("status").asString("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
