package dev.retrotrack.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus on loopback running the repo's own {@code deploy/prometheus/prometheus.yml} and alert rules:
 * only the scrape targets are pointed at the test's ports (the job names, which rules and dashboards select on,
 * stay), and scrapes and rule evaluations run every second instead of every 15.
 */
final class PrometheusServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final URI url;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusServer(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /**
     * @param targets job name in the repo's config → the loopback {@code host:port} targets to scrape for it
     */
    static PrometheusServer start(Path dataDir, int port, Map<String, List<String>> targets)
            throws IOException, InterruptedException {
        Path deploy = RepoLayout.detectRepoDir().resolve("deploy/prometheus");
        String config = Files.readString(deploy.resolve("prometheus.yml"))
                .replace("scrape_interval: 15s", "scrape_interval: 1s")
                .replace("evaluation_interval: 15s", "evaluation_interval: 1s")
                .replace("- rules/retrotrack-alerts.yml", "- " + deploy.resolve("rules/retrotrack-alerts.yml"));
        for (Map.Entry<String, List<String>> job : targets.entrySet()) {
            String original = "[\"" + job.getKey() + ":";
            int at = config.indexOf(original);
            if (at < 0) {
                throw new AssertionError("no target for job " + job.getKey() + " in prometheus.yml");
            }
            int end = config.indexOf(']', at);
            config = config.substring(0, at) + "[\"" + String.join("\", \"", job.getValue()) + "\"]"
                    + config.substring(end + 1);
        }
        Files.createDirectories(dataDir);
        Path configFile = Files.writeString(dataDir.resolve("prometheus.yml"), config);
        Process process = new ProcessBuilder(MonitoringTools.require("prometheus").toString(),
                "--config.file=" + configFile,
                "--storage.tsdb.path=" + dataDir.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("prometheus.log").toFile())
                .start();
        return new PrometheusServer(process, URI.create("http://127.0.0.1:" + port));
    }

    /** {@code /api/v1/targets}: every active target's job and health. */
    JsonNode targets() throws IOException, InterruptedException {
        return get("/api/v1/targets").path("data").path("activeTargets");
    }

    /** An instant query's result vector (or scalar). */
    JsonNode query(String promql) throws IOException, InterruptedException {
        JsonNode answer = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        if (!"success".equals(answer.path("status").asString())) {
            throw new AssertionError("query failed: " + promql + " → " + answer);
        }
        return answer.path("data").path("result");
    }

    /** {@code /api/v1/alerts}: the alerts pending or firing now. */
    JsonNode alerts() throws IOException, InterruptedException {
        return get("/api/v1/alerts").path("data").path("alerts");
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url.resolve(path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
