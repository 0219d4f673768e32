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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input catalogue, against the real service jars: each input with the status it must get. None may answer
 * 5xx or show a stack trace, every refusal is problem+json, and afterwards the stored data is exactly what it was.
 */
class BadInputCatalogueIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(120);
    private static final String TEAM = "catalogue";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    /** One bad input: where it goes and what it must get. */
    private record Case(String name, String method, String path, String contentType, byte[] body, int expected) {
    }

    @Test
    void everyBadInputGetsItsStatusNeverA5xxAndChangesNothing() throws Exception {
        List<Integer> ports = Ports.free(9);
        try (KafkaBroker kafka = KafkaBroker.start(dataDir, ports.get(0), ports.get(1));
             MongoWireServer mongo = MongoWireServer.start(dataDir.resolve("mongo").resolve("bad.mv.db"),
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
                HttpResponse<String> seeded = send(ingest.url(), new Case("seed", "POST",
                        "/api/v1/teams/" + TEAM + "/retros", "application/json", bytes("""
                        {"epic":{"id":"1","title":"Seed"},"date":"2026-11-20",
                         "actionItems":[{"title":"Keep this item","owner":"Ann","priority":"HIGH"}]}"""), 202));
                assertThat(seeded.statusCode()).isEqualTo(202);
                await().atMost(EVENTUALLY).until(() -> itemsOf(tracker.url()).contains("\"total\":1"));
                String item = itemsOf(tracker.url()).replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
                String before = snapshot(ingest.url(), tracker.url(), metrics.url(), item);

                List<String> failures = new ArrayList<>();
                for (Case bad : ingestCases()) {
                    check(ingest.url(), bad, failures);
                }
                for (Case bad : trackerCases(item)) {
                    check(tracker.url(), bad, failures);
                }
                for (Case bad : metricsCases()) {
                    check(metrics.url(), bad, failures);
                }

                assertThat(failures).isEmpty();
                assertThat(snapshot(ingest.url(), tracker.url(), metrics.url(), item)).isEqualTo(before);
            }
        }
    }

    private static List<Case> ingestCases() {
        String retros = "/api/v1/teams/" + TEAM + "/retros";
        String sprint = "/api/v1/teams/" + TEAM + "/sprint-status";
        String json = "application/json";
        String markdown = "text/markdown";
        String yaml = "application/yaml";
        return List.of(
                new Case("empty JSON body", "POST", retros, json, new byte[0], 400),
                new Case("empty Markdown body", "POST", retros, markdown, new byte[0], 400),
                new Case("oversized body (2 MiB)", "POST", retros, markdown, new byte[2 * 1024 * 1024 + 1], 413),
                new Case("binary body (NUL bytes)", "POST", retros, markdown, new byte[] {'#', ' ', 0, 1, 2}, 415),
                new Case("invalid UTF-8", "POST", retros, markdown + "; charset=UTF-8",
                        new byte[] {'#', ' ', (byte) 0xc3, (byte) 0x28, 'x'}, 422),
                new Case("not JSON", "POST", retros, json, bytes("{\"epic\": "), 400),
                new Case("unknown JSON field", "POST", retros, json,
                        bytes("{\"epic\":{\"id\":\"1\"},\"date\":\"2026-11-20\",\"sneaky\":true}"), 400),
                new Case("JSON of the wrong shape, deeply nested", "POST", retros, json,
                        bytes("{\"participants\": " + "[".repeat(200) + "]".repeat(200) + "}"), 400),
                new Case("deeply nested Markdown (dry run)", "POST", retros + "?dryRun=true", markdown,
                        bytes("> ".repeat(5_000) + "deep"), 200),
                new Case("pathological emphasis (dry run)", "POST", retros + "?dryRun=true", markdown,
                        bytes("*a **a ".repeat(20_000)), 200),
                new Case("XML", "POST", retros, "application/xml", bytes("<retro/>"), 415),
                new Case("invalid team name", "POST", "/api/v1/teams/no%20spaces/retros", json, bytes("{}"), 400),
                new Case("path traversal in the team", "POST", "/api/v1/teams/..%2F..%2Fetc/retros", json,
                        bytes("{}"), 400),
                new Case("unknown retro", "GET", retros + "/not-a-retro", null, null, 404),
                new Case("YAML billion laughs", "PUT", sprint, yaml, bytes("""
                        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                        development_status: *f
                        """), 400),
                new Case("YAML global tag", "PUT", sprint, yaml,
                        bytes("development_status:\n  1-1-a: !!java.net.URL [\"http://example.com\"]\n"), 400),
                new Case("YAML that is not YAML", "PUT", sprint, yaml, bytes("development_status:\n  - [\n"), 400),
                new Case("story webhook with an unknown field", "POST", "/api/v1/teams/" + TEAM
                        + "/stories/1-1-a/events", json, bytes("{\"status\":\"done\",\"assignee\":\"x\"}"), 400));
    }

    private static List<Case> trackerCases(String item) {
        String items = "/api/v1/teams/" + TEAM + "/action-items";
        String json = "application/json";
        return List.of(
                new Case("operator injection $ne in a filter", "GET", items + "?owner=%7B%22%24ne%22%3Anull%7D",
                        null, null, 200),
                new Case("operator injection $where in a filter", "GET",
                        items + "?owner=%7B%22%24where%22%3A%22sleep(1000)%22%7D", null, null, 200),
                new Case("expression injection #{…} in a filter", "GET", items + "?owner=%23%7BT(java.lang.Runtime)%7D",
                        null, null, 200),
                new Case("unknown state filter", "GET", items + "?status=FINISHED", null, null, 400),
                new Case("page size too large", "GET", items + "?size=100000", null, null, 400),
                // Refused by Spring Security's firewall before any controller: 400, problem+json all the same.
                new Case("path traversal in an item id", "GET", "/api/v1/action-items/..%2F..%2Fadmin", null, null,
                        400),
                new Case("dot segments in an item id", "GET", "/api/v1/action-items/%2E%2E", null, null, 400),
                new Case("unknown item", "GET", "/api/v1/action-items/" + TEAM + "~act-nope", null, null, 404),
                new Case("transition to an unknown state", "POST", "/api/v1/action-items/" + item + "/transitions",
                        json, bytes("{\"to\":\"FINISHED\"}"), 400),
                new Case("transition body nested 100 deep", "POST", "/api/v1/action-items/" + item + "/transitions",
                        json, bytes("{\"to\":\"DONE\",\"actor\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100)
                        + "}"), 400),
                new Case("patch of a field that cannot change", "PATCH", "/api/v1/action-items/" + item,
                        "application/merge-patch+json", bytes("{\"status\":\"DONE\"}"), 400),
                new Case("stale If-Match", "POST", "/api/v1/action-items/" + item + "/transitions?", json,
                        bytes("{\"to\":\"IN_PROGRESS\"}"), 412),
                new Case("path traversal in a dead-letter id", "POST", "/api/v1/dead-letters/..%2F..%2Fx/redrive",
                        null, null, 400),
                new Case("unknown dead letter", "POST", "/api/v1/dead-letters/nope/redrive", null, null, 404));
    }

    private static List<Case> metricsCases() {
        return List.of(
                new Case("invalid team name", "GET", "/api/v1/teams/%24where/epics", null, null, 400),
                new Case("unknown epic", "GET", "/api/v1/teams/" + TEAM + "/epics/99", null, null, 404),
                new Case("unknown dead-letter status", "GET", "/api/v1/dead-letters?status=LOST", null, null, 400));
    }

    private void check(URI service, Case bad, List<String> failures) throws Exception {
        HttpResponse<String> response = send(service, bad);
        String body = response.body();
        if (response.statusCode() != bad.expected()) {
            failures.add(bad.name() + ": expected " + bad.expected() + ", got " + response.statusCode() + " " + cut(body));
        }
        if (response.statusCode() >= 400 && !response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json")) {
            failures.add(bad.name() + ": refusal is not problem+json: " + cut(body));
        }
        // Stack frames, exception class names or framework packages; the caller's own input may be echoed.
        if (body.contains("\tat ") || body.matches("(?s).*\\b[A-Z][A-Za-z]*Exception\\b.*")
                || body.contains("org.springframework") || body.contains("dev.retrotrack.")) {
            failures.add(bad.name() + ": internals leaked: " + cut(body));
        }
    }

    private HttpResponse<String> send(URI service, Case bad) throws Exception {
        HttpRequest.Builder request = StackParts.request(service.resolve(bad.path()))
                .timeout(Duration.ofSeconds(30));
        if (bad.contentType() != null) {
            request.header("Content-Type", bad.contentType());
        }
        if (bad.name().equals("stale If-Match")) {
            request.header("If-Match", "\"999\"");
        }
        request.method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(bad.body()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What is stored, as the APIs show it: the team's items (with versions and history) and its metrics. */
    private String snapshot(URI ingest, URI tracker, URI metrics, String item) throws Exception {
        return itemsOf(tracker) + "\n" + get(tracker.resolve("/api/v1/action-items/" + item)) + "\n"
                + get(metrics.resolve("/api/v1/teams/" + TEAM + "/epics")) + "\n"
                + get(tracker.resolve("/api/v1/dead-letters")) + "\n" + get(metrics.resolve("/api/v1/dead-letters"));
    }

    private String itemsOf(URI tracker) throws Exception {
        return get(tracker.resolve("/api/v1/teams/" + TEAM + "/action-items"));
    }

    private String get(URI uri) throws Exception {
        return http.send(StackParts.request(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String cut(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
