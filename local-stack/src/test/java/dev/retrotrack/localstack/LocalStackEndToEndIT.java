package dev.retrotrack.localstack;

import org.apache.kafka.common.utils.AppInfoParser;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The whole suite, for real: the three service jars, Kafka and MongoDB. A retro posted to the
 * ingest service must show up as action items in the tracker and as metrics, and survive a restart
 * of everything on the same data; each service's actuator answers on its management port and not on
 * its API port. Kafka and MongoDB come from Testcontainers when Docker is there, otherwise from the
 * launcher itself (what {@code ./run-local} uses).
 */
class LocalStackEndToEndIT {

    private static final String TEAM = "phoenix";
    private static final String RETRO = """
            {"epic":{"id":"E-1","title":"Walking skeleton"},"date":"2026-11-20","facilitator":"Bob",\
            "participants":["Alice"],\
            "delivery":{"storiesPlanned":3,"storiesCompleted":2,"pointsPlanned":13,"pointsCompleted":8,"testsAdded":40},\
            "stories":[],\
            "actionItems":[\
            {"title":"Add lint gate","owner":"Charlie","deadline":"next sprint","priority":"HIGH","status":"OPEN"},\
            {"title":"Document the release process","owner":"Dana","priority":"MEDIUM","status":"OPEN"}],\
            "techDebt":[]}""";
    /** Prometheus text lines, tolerant of label order, extra labels and number format (1, 1.0, 1.0E0). */
    private static final Pattern RETROS_INGESTED = Pattern.compile(
            "^retrotrack_retros_ingested_total\\{(?=[^}]*\\bteam=\"phoenix\")[^}]*}\\s+1(\\.0*)?([eE][+]?0+)?(\\s+\\d+)?\\s*$",
            Pattern.MULTILINE);
    private static final Pattern OPEN_ACTION_ITEMS = Pattern.compile(
            "^retrotrack_action_items\\{(?=[^}]*\\bteam=\"phoenix\")(?=[^}]*\\bstate=\"OPEN\")"
                    + "(?=[^}]*\\bpriority=\"HIGH\")[^}]*}\\s+1(\\.0*)?([eE][+]?0+)?(\\s+\\d+)?\\s*$",
            Pattern.MULTILINE);
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void retroBecomesTrackedActionItemsAndMetricsAndSurvivesARestart() throws Exception {
        try (Infrastructure infrastructure = Infrastructure.startIfDockerIsAvailable()) {
            LocalStackConfig config = infrastructure.applyTo(
                    LocalStackConfig.defaults().withDataDir(dataDir).withFreePorts());

            LocalStackConfig used;
            Set<List<Object>> itemsBeforeRestart;
            try (RunningStack stack = LocalStack.start(config)) {
                used = stack.config();
                assertActuatorOnlyOnManagementPorts(stack);
                submitRetro(stack);

                itemsBeforeRestart = withLogsOnFailure(stack, () -> {
                    List<JsonNode> items = new ArrayList<>();
                    await().atMost(EVENTUALLY).untilAsserted(() -> {
                        items.clear();
                        items.addAll(actionItems(stack));
                        assertThat(items)
                                .extracting(item -> item.path("title").asString(), item -> item.path("owner").asString())
                                .contains(tuple("Add lint gate", "Charlie"), tuple("Document the release process", "Dana"));
                    });
                    return identities(items);
                });
                withLogsOnFailure(stack, () -> {
                    await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(prometheus(stack))
                            .containsPattern(RETROS_INGESTED)
                            .containsPattern(OPEN_ACTION_ITEMS));
                    return null;
                });
                // A first start trains each service's AOT cache in the background, for the next start.
                assertThat(stack.startedFromAotCache()).isEmpty();
                assertThat(stack.aotTraining().get(5, TimeUnit.MINUTES)).isEqualTo(servicesWithAotCache());
            }
            awaitNoChildProcesses();

            try (RunningStack again = LocalStack.start(used)) {
                assertThat(again.startedFromAotCache()).isEqualTo(servicesWithAotCache());
                withLogsOnFailure(again, () -> {
                    await().atMost(EVENTUALLY).untilAsserted(() ->
                            assertThat(identities(actionItems(again))).isEqualTo(itemsBeforeRestart));
                    return null;
                });
            }
            awaitNoChildProcesses();
        }
    }

    /** Every service on a JDK that has the AOT cache (the build's JDK 25), none on an older one. */
    private static Set<Service> servicesWithAotCache() {
        return AotCache.supported() ? EnumSet.allOf(Service.class) : Set.of();
    }

    /** Each real jar serves the actuator on its management port, and its API port does not know it. */
    private void assertActuatorOnlyOnManagementPorts(RunningStack stack) throws IOException, InterruptedException {
        for (Service service : Service.values()) {
            for (String path : List.of("/actuator/health", "/actuator/prometheus")) {
                assertThat(get(stack.managementUrl(service).resolve(path)).statusCode())
                        .as("%s management %s", service, path).isEqualTo(200);
                assertThat(get(stack.serviceUrl(service).resolve(path)).statusCode())
                        .as("%s API %s", service, path).isEqualTo(404);
            }
        }
    }

    private void submitRetro(RunningStack stack) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                StackParts.request(stack.ingestUrl().resolve("/api/v1/teams/" + TEAM + "/retros"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(RETRO))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("POST retro: %s", response.body()).isEqualTo(202);
        assertThat(json.readTree(response.body()).path("retroId").asString()).isNotBlank();
        assertThat(response.headers().firstValue("Location")).isPresent();
    }

    private List<JsonNode> actionItems(RunningStack stack) throws IOException, InterruptedException {
        HttpResponse<String> response = get(stack.trackerUrl().resolve("/api/v1/teams/" + TEAM + "/action-items"));
        assertThat(response.statusCode()).as("GET action items: %s", response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        json.readTree(response.body()).path("items").forEach(items::add);
        return items;
    }

    private String prometheus(RunningStack stack) throws IOException, InterruptedException {
        HttpResponse<String> response = get(stack.managementUrl(Service.METRICS).resolve("/actuator/prometheus"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(StackParts.request(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What must not change across a restart: each item's id, title, owner and status. */
    private static Set<List<Object>> identities(List<JsonNode> items) {
        return items.stream()
                .map(item -> List.<Object>of(item.path("id").asString(), item.path("title").asString(),
                        item.path("owner").asString(), item.path("status").asString()))
                .collect(Collectors.toSet());
    }

    /** Runs an eventual assertion; if it times out, the failure carries the end of every service log. */
    private static <T> T withLogsOnFailure(RunningStack stack, ThrowingSupplier<T> assertion) throws Exception {
        try {
            return assertion.get();
        } catch (ConditionTimeoutException | AssertionError e) {
            StringBuilder logs = new StringBuilder(String.valueOf(e.getMessage()));
            for (Service service : Service.values()) {
                logs.append(System.lineSeparator()).append("--- ").append(stack.logFile(service)).append(System.lineSeparator())
                        .append(ChildProcesses.tail(stack.logFile(service), 40));
            }
            throw new AssertionError(logs.toString(), e);
        }
    }

    private static void awaitNoChildProcesses() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                        .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")))
                        .as("child processes still alive after close")
                        .isEmpty());
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /**
     * Kafka and MongoDB from containers when a Docker engine is reachable; otherwise nothing, and the
     * launcher starts its own. The containers outlive both stack starts, so the data survives the restart.
     */
    private static final class Infrastructure implements AutoCloseable {

        private final KafkaContainer kafka;
        private final MongoDBContainer mongo;

        private Infrastructure(KafkaContainer kafka, MongoDBContainer mongo) {
            this.kafka = kafka;
            this.mongo = mongo;
        }

        static Infrastructure startIfDockerIsAvailable() {
            if (!dockerIsAvailable()) {
                System.out.println("No Docker engine: the launcher starts its own Kafka and MongoDB.");
                return new Infrastructure(null, null);
            }
            // The broker image of the same Kafka version the launcher runs (kafka.version).
            KafkaContainer kafka = new KafkaContainer("apache/kafka-native:" + AppInfoParser.getVersion());
            MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
            try {
                kafka.start();
                mongo.start();
            } catch (RuntimeException e) {
                kafka.stop();
                mongo.stop();
                throw e;
            }
            return new Infrastructure(kafka, mongo);
        }

        LocalStackConfig applyTo(LocalStackConfig config) {
            return kafka == null ? config
                    : config.withExternalKafka(kafka.getBootstrapServers()).withExternalMongo(mongo.getConnectionString());
        }

        @Override
        public void close() {
            if (kafka != null) {
                kafka.stop();
                mongo.stop();
            }
        }

        private static boolean dockerIsAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (Throwable e) {
                return false;
            }
        }
    }
}
