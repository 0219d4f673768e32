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
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-team API keys, against the real jars with the local stack's demo keys: phoenix's key, sent to every endpoint
 * of every service that touches team falcon's data, gets 403 (the team is in the path) or 404 (the resource is
 * found by id, so its existence does not leak), and falcon's data is exactly as before. Without a key, or with a
 * wrong one, every endpoint answers 401. The dead-letter API wants an operator key.
 */
class TeamKeysIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(120);
    private static final String JSON = "application/json";

    @TempDir
    Path dataDir;

    private static final JsonMapper JSON_READER = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    /** One call: which service, method, path, body. */
    private record Call(URI service, String method, String path, String contentType, String body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void aTeamKeyReachesOnlyItsTeamAndEveryEndpointWantsAKey() throws Exception {
        List<Integer> ports = Ports.free(9);
        try (KafkaBroker kafka = KafkaBroker.start(dataDir, ports.get(0), ports.get(1));
             MongoWireServer mongo = MongoWireServer.start(dataDir.resolve("mongo").resolve("keys.mv.db"),
                     ports.get(2))) {
            kafka.awaitReady(Instant.now().plus(EVENTUALLY));
            String bootstrap = kafka.bootstrapServers();
            try (ServiceProcess ingest = StackParts.start(dataDir, Service.INGEST, ports.get(3), ports.get(6),
                         bootstrap, mongo.uri());
                 ServiceProcess tracker = StackParts.start(dataDir, Service.TRACKER, ports.get(4), ports.get(7),
                         bootstrap, mongo.uri());
                 ServiceProcess metrics = StackParts.start(dataDir, Service.METRICS, ports.get(5), ports.get(8),
                         bootstrap, mongo.uri())) {
                ServiceProcess.awaitAllHealthy(List.of(ingest, tracker, metrics), Instant.now().plus(EVENTUALLY),
                        line -> { });
                Falcon falcon = seedFalcon(ingest.url(), tracker.url());
                // Settled: the metrics service has consumed the seed too (two reads a second apart agree).
                String[] last = {""};
                await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    String now = snapshot(ingest.url(), tracker.url(), metrics.url(), falcon);
                    boolean settled = now.equals(last[0]) && now.contains("1-1-keys");
                    last[0] = now;
                    return settled;
                });
                String before = last[0];

                List<String> failures = new ArrayList<>();
                for (Call call : falconCalls(ingest.url(), tracker.url(), metrics.url(), falcon)) {
                    int expected = call.path().contains("/teams/") ? 403 : 404;
                    expect(call, DemoKeys.PHOENIX, expected, failures);
                    expect(call, null, 401, failures);
                    expect(call, "rt-not-a-key", 401, failures);
                }
                // No key and a path that is no team: refused for the key, before anything reads the body.
                expect(new Call(ingest.url(), "POST", "/api/v1/teams/-/retros", JSON, RETRO), null, 401, failures);
                for (URI service : List.of(tracker.url(), metrics.url())) {
                    Call deadLetters = new Call(service, "GET", "/api/v1/dead-letters", null, null);
                    expect(deadLetters, DemoKeys.PHOENIX, 403, failures);
                    expect(deadLetters, null, 401, failures);
                    expect(deadLetters, DemoKeys.EVERY_TEAM, 200, failures);
                    for (String action : List.of("redrive", "discard")) {
                        Call change = new Call(service, "POST", "/api/v1/dead-letters/no-such-letter/" + action,
                                JSON, "{}");
                        expect(change, DemoKeys.PHOENIX, 403, failures);
                        expect(change, null, 401, failures);
                        expect(change, DemoKeys.EVERY_TEAM, 404, failures);
                    }
                }
                assertThat(failures).isEmpty();
                assertThat(snapshot(ingest.url(), tracker.url(), metrics.url(), falcon)).isEqualTo(before);

                // The same key does reach its own team.
                assertThat(send(new Call(ingest.url(), "POST", "/api/v1/teams/phoenix/retros", JSON, RETRO),
                        DemoKeys.PHOENIX).statusCode()).isEqualTo(202);
                await().atMost(EVENTUALLY).until(() -> read(send(new Call(tracker.url(), "GET",
                        "/api/v1/teams/phoenix/action-items", null, null), DemoKeys.PHOENIX).body()).path("total")
                        .asInt() == 1);
            }
        }
    }

    private static final String RETRO = """
            {"epic":{"id":"1","title":"Keys"},"date":"2026-11-20",
             "actionItems":[{"title":"Rotate the keys","owner":"Ann","priority":"HIGH"}]}""";

    private static final String LATER_RETRO = """
            {"epic":{"id":"2","title":"Later"},"date":"2026-11-27",
             "followThrough":[{"title":"Rotate the keys","status":"DONE"}]}""";

    /** Team falcon's data, posted with the every-team key: an item, a follow-through report, a story. */
    private record Falcon(String item, String retro, String laterRetro) {
    }

    private Falcon seedFalcon(URI ingest, URI tracker) throws Exception {
        String retro = read(send(new Call(ingest, "POST", "/api/v1/teams/falcon/retros", JSON, RETRO),
                DemoKeys.EVERY_TEAM).body()).path("retroId").asText();
        await().atMost(EVENTUALLY).until(() -> read(get(tracker, "/api/v1/teams/falcon/action-items"))
                .path("total").asInt() == 1);
        String item = read(get(tracker, "/api/v1/teams/falcon/action-items")).path("items").path(0).path("id")
                .asText();
        String later = read(send(new Call(ingest, "POST", "/api/v1/teams/falcon/retros", JSON, LATER_RETRO),
                DemoKeys.EVERY_TEAM).body()).path("retroId").asText();
        await().atMost(EVENTUALLY).until(() -> send(new Call(tracker, "GET", "/api/v1/retros/" + later
                + "/follow-through", null, null), DemoKeys.EVERY_TEAM).statusCode() == 200);
        assertThat(send(new Call(ingest, "POST", "/api/v1/teams/falcon/stories/1-1-keys/events", JSON,
                "{\"status\":\"in-progress\",\"at\":\"2026-11-21T10:00:00Z\"}"), DemoKeys.EVERY_TEAM).statusCode())
                .isEqualTo(200);
        return new Falcon(item, retro, later);
    }

    /** Every endpoint that reads or changes a team's data, aimed at falcon's. */
    private static List<Call> falconCalls(URI ingest, URI tracker, URI metrics, Falcon falcon) {
        String item = "/api/v1/action-items/" + falcon.item();
        return List.of(
                new Call(ingest, "POST", "/api/v1/teams/falcon/retros", JSON, RETRO),
                new Call(ingest, "POST", "/api/v1/teams/FALCON/retros", JSON, RETRO),
                new Call(ingest, "POST", "/api/v1/teams/falcon/retros?dryRun=true", JSON, RETRO),
                new Call(ingest, "POST", "/api/v1/teams/falcon/retros", "text/markdown", "# Retro\n"),
                new Call(ingest, "GET", "/api/v1/teams/falcon/retros/" + falcon.retro(), null, null),
                new Call(ingest, "PUT", "/api/v1/teams/falcon/sprint-status", "application/yaml",
                        "development_status:\n  epic-1: done\n  1-1-keys: done\n"),
                new Call(ingest, "POST", "/api/v1/teams/falcon/stories/1-1-keys/events", JSON,
                        "{\"status\":\"done\",\"at\":\"2026-11-22T10:00:00Z\"}"),
                new Call(tracker, "GET", "/api/v1/teams/falcon/action-items", null, null),
                new Call(tracker, "GET", item, null, null),
                new Call(tracker, "POST", item + "/transitions", JSON, "{\"to\":\"DONE\"}"),
                new Call(tracker, "PATCH", item, "application/merge-patch+json", "{\"owner\":\"Mallory\"}"),
                new Call(tracker, "GET", "/api/v1/retros/" + falcon.laterRetro() + "/follow-through", null, null),
                new Call(metrics, "GET", "/api/v1/teams/falcon/epics", null, null),
                new Call(metrics, "GET", "/api/v1/teams/falcon/epics/1", null, null));
    }

    private void expect(Call call, String key, int status, List<String> failures) throws Exception {
        HttpResponse<String> response = send(call, key);
        String as = key == null ? "no key" : key;
        if (response.statusCode() != status) {
            failures.add(call + " with " + as + ": expected " + status + ", got " + response.statusCode() + " "
                    + response.body());
        } else if (status >= 400 && !response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json")) {
            failures.add(call + " with " + as + ": refusal is not problem+json");
        } else if (status == 401 && !response.headers().firstValue("WWW-Authenticate").orElse("").equals("Bearer")) {
            failures.add(call + " with " + as + ": 401 without 'WWW-Authenticate: Bearer'");
        }
    }

    /** Falcon's data as the APIs show it (items with versions and history, report, receipt, epics). */
    private String snapshot(URI ingest, URI tracker, URI metrics, Falcon falcon) throws Exception {
        return get(tracker, "/api/v1/teams/falcon/action-items") + "\n"
                + get(metrics, "/api/v1/teams/falcon/epics/1") + "\n"
                + get(tracker, "/api/v1/action-items/" + falcon.item()) + "\n"
                + get(tracker, "/api/v1/retros/" + falcon.laterRetro() + "/follow-through") + "\n"
                + get(ingest, "/api/v1/teams/falcon/retros/" + falcon.retro()) + "\n"
                + get(metrics, "/api/v1/teams/falcon/epics");
    }

    private String get(URI service, String path) throws Exception {
        HttpResponse<String> response = send(new Call(service, "GET", path, null, null), DemoKeys.EVERY_TEAM);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(Call call, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(call.service().resolve(call.path()))
                .timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode read(String json) {
        return JSON_READER.readTree(json);
    }
}
