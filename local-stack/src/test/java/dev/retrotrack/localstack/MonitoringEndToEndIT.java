package dev.retrotrack.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards issue's "done when", for real: the three service jars, a Kafka broker, the MongoDB wire server and
 * a real Prometheus running the repo's own config and alert rules. After the {@link DeliverySequence}, every query
 * of every Grafana dashboard panel (and every template variable) returns data through Prometheus's HTTP API;
 * {@code CriticalDebtOverdue} fires for the team with an overdue critical item and not for the team whose critical
 * item past its due date is done; and the retro posted under a W3C trace id shows that trace id in the logs of the
 * ingest, tracker and metrics services, which it reached only through Kafka. Two metrics-service instances are
 * scraped, so a query that summed over them instead of taking the max would show twice the truth.
 */
class MonitoringEndToEndIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LABEL_VALUES = Pattern.compile("^label_values\\((.*),\\s*([a-z_]+)\\)$");

    @TempDir
    Path dataDir;

    @Test
    void dashboardsShowDataTheCriticalDebtAlertFiresOnlyForTheOverdueItemAndOneTraceSpansTheServices()
            throws Exception {
        Path repo = RepoLayout.detectRepoDir();
        List<Integer> ports = Ports.free(12);
        try (KafkaBroker kafka = KafkaBroker.start(dataDir, ports.get(0), ports.get(1));
             MongoWireServer mongo = MongoWireServer.start(dataDir.resolve("mongo").resolve("monitoring.mv.db"),
                     ports.get(2))) {
            kafka.awaitReady(Instant.now().plus(EVENTUALLY));
            String bootstrap = kafka.bootstrapServers();
            try (ServiceProcess ingest = start(Service.INGEST, new ServicePorts(ports.get(3), ports.get(8)),
                         bootstrap, mongo);
                 ServiceProcess tracker = start(Service.TRACKER, new ServicePorts(ports.get(4), ports.get(9)),
                         bootstrap, mongo,
                         "--retrotrack.tracker.overdue-initial-delay=1s", "--retrotrack.tracker.overdue-check=1s");
                 ServiceProcess metrics = start(Service.METRICS, new ServicePorts(ports.get(5), ports.get(10)),
                         bootstrap, mongo);
                 // A second instance in the same consumer group: the dashboards must not count anything twice.
                 ServiceProcess metricsTwo = StackParts.start(dataDir, "metrics-two", Service.METRICS,
                         new ServicePorts(ports.get(7), ports.get(11)), bootstrap, mongo.uri());
                 // Scraped on the management ports, as deployed: the API ports do not serve /actuator.
                 PrometheusServer prometheus = PrometheusServer.start(dataDir.resolve("prometheus"), ports.get(6),
                         Map.of("retro-ingest-service", List.of(target(ingest)),
                                 "action-tracker-service", List.of(target(tracker)),
                                 "metrics-service", List.of(target(metrics), target(metricsTwo))))) {
                for (ServiceProcess service : List.of(ingest, tracker, metrics, metricsTwo)) {
                    ServiceProcess.awaitAllHealthy(List.of(service), Instant.now().plus(EVENTUALLY), line -> { });
                }
                // The probes deploy/k8s points Kubernetes at, on the management port as there.
                for (ServiceProcess service : List.of(ingest, tracker, metrics)) {
                    for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
                        assertThat(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                                        .newBuilder(service.managementUrl().resolve(probe)).GET().build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode())
                                .as(service.managementUrl() + probe).isEqualTo(200);
                    }
                }
                // Prometheus scrapes all three before anything happens, so rates see the requests.
                await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(prometheus.targets())
                        .extracting(target -> target.path("labels").path("job").asString(),
                                target -> target.path("health").asString())
                        .containsExactlyInAnyOrder(
                                org.assertj.core.api.Assertions.tuple("retro-ingest-service", "up"),
                                org.assertj.core.api.Assertions.tuple("action-tracker-service", "up"),
                                org.assertj.core.api.Assertions.tuple("metrics-service", "up"),
                                org.assertj.core.api.Assertions.tuple("metrics-service", "up")));

                DeliverySequence sequence = new DeliverySequence(ingest.url(), tracker.url());
                sequence.feed();

                await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(firing(prometheus, "CriticalDebtOverdue"))
                        .containsExactly("phoenix"));
                // falcon's critical debt item is past its service level too, but done: no overdue series at all. The
                // alert for phoenix can fire before falcon's retro has reached Prometheus, so wait for falcon's item
                // to be seen (done) first; only then does "no overdue series" say anything.
                await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(values(prometheus, "max by (team) "
                        + "(retrotrack_action_items{team=\"falcon\",kind=\"DEBT\",priority=\"CRITICAL\","
                        + "state=\"DONE\"})", "team")).containsOnly(Map.entry("falcon", 1.0)));
                assertThat(prometheus.query("retrotrack_action_items_overdue{team=\"falcon\"}")).isEmpty();

                // Panels read through both instances show the truth, not twice the truth.
                await().atMost(EVENTUALLY).untilAsserted(() -> {
                    assertThat(values(prometheus, "sum by (priority, state) (max by (team, kind, priority, state) "
                            + "(retrotrack_action_items{team=\"phoenix\", state=~\"OPEN|IN_PROGRESS|BLOCKED\"}))",
                            "priority", "state")).containsOnly(Map.entry("LOW/OPEN", 1.0),
                            Map.entry("CRITICAL/OPEN", 1.0));
                    assertThat(values(prometheus, "max by (team, epic, state) (retrotrack_epic_stories{team="
                            + "\"phoenix\", epic=~\".*\"})", "epic", "state")).containsOnly(
                            Map.entry("1/planned", 3.0), Map.entry("1/completed", 2.0), Map.entry("2/planned", 1.0),
                            Map.entry("2/completed", 0.0));
                    assertThat(values(prometheus, "max by (team) (retrotrack_story_lead_time_seconds_count{team="
                            + "\"phoenix\"})", "team")).containsOnly(Map.entry("phoenix", 1.0));
                });

                // People keep reading while the dashboards are looked at: a request rate needs two scrapes that saw
                // different counts, so read until Prometheus sees requests to every service.
                java.net.http.HttpClient reader = java.net.http.HttpClient.newHttpClient();
                await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
                    for (java.net.URI read : List.of(ingest.url().resolve("/api/v1/teams/phoenix/retros/none"),
                            tracker.url().resolve("/api/v1/teams/phoenix/action-items"),
                            metrics.url().resolve("/api/v1/teams/phoenix/epics"))) {
                        reader.send(StackParts.request(read).GET().build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding());
                    }
                    return prometheus.query("sum by (job) (rate(http_server_requests_seconds_count"
                            + "{uri!~\"/actuator.*\"}[5m])) > 0").size() == 3;
                });

                for (String query : dashboardQueries(repo.resolve("deploy/grafana/dashboards"))) {
                    await().atMost(EVENTUALLY).untilAsserted(() -> {
                        JsonNode result = prometheus.query(query);
                        assertThat(result).as("no data for: %s", query).isNotEmpty();
                        assertThat(result).as("NaN from: %s", query)
                                .noneMatch(series -> series.path("value").get(1).asString().equals("NaN"));
                    });
                }

                // One trace: posted to ingest with a traceparent, it went on in the Kafka record's W3C header; the
                // tracker and the metrics service continued it from there (the event's own trace field is data that
                // no listener reads) and logged their work under that trace id.
                assertThat(traceparentHeaders(bootstrap, "retro.submitted.v1"))
                        .anySatisfy(header -> assertThat(header).startsWith("00-" + sequence.traceId() + "-"));
                // The two metrics instances split the partitions, so the traced retro is in the log of whichever one
                // was given its team's partition.
                for (List<ServiceProcess> service : List.of(List.of(ingest), List.of(tracker),
                        List.of(metrics, metricsTwo))) {
                    await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(logsOf(service))
                            .as("trace %s in the log of %s", sequence.traceId(), service.getFirst().service())
                            .contains(sequence.traceId()));
                }
            }
        }
    }

    /** The values of an instant query's series, keyed by the given labels joined with "/". */
    private static Map<String, Double> values(PrometheusServer prometheus, String query, String... labels)
            throws Exception {
        Map<String, Double> values = new java.util.TreeMap<>();
        for (JsonNode series : prometheus.query(query)) {
            List<String> key = new ArrayList<>();
            for (String label : labels) {
                key.add(series.path("metric").path(label).asString());
            }
            values.put(String.join("/", key), Double.parseDouble(series.path("value").get(1).asString()));
        }
        return values;
    }

    /** The {@code traceparent} header of every record on the topic. */
    private static List<String> traceparentHeaders(String bootstrap, String topic) {
        java.util.Properties config = new java.util.Properties();
        config.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, "trace-probe");
        config.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(org.apache.kafka.clients.consumer.ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.ByteArrayDeserializer.class.getName());
        config.put(org.apache.kafka.clients.consumer.ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.ByteArrayDeserializer.class.getName());
        List<String> headers = new ArrayList<>();
        try (org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]> consumer =
                     new org.apache.kafka.clients.consumer.KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            await().atMost(EVENTUALLY).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    org.apache.kafka.common.header.Header header = record.headers().lastHeader("traceparent");
                    if (header != null) {
                        headers.add(new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                });
                return headers.size() >= 3; // the sequence's three retros
            });
        }
        return headers;
    }

    private static List<String> firing(PrometheusServer prometheus, String alert) throws Exception {
        List<String> teams = new ArrayList<>();
        prometheus.alerts().forEach(one -> {
            if (one.path("labels").path("alertname").asString().equals(alert)
                    && one.path("state").asString().equals("firing")) {
                teams.add(one.path("labels").path("team").asString(one.path("labels").path("job").asString()));
            }
        });
        return teams;
    }

    /**
     * Every panel target's expression and every template variable's metric, with the variables as Grafana fills
     * them when "All" is chosen.
     */
    private static List<String> dashboardQueries(Path dashboards) throws Exception {
        List<String> queries = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(dashboards)) {
            files = listed.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSize(3);
        for (Path file : files) {
            JsonNode dashboard = JSON.readTree(Files.readString(file));
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                Matcher labelValues = LABEL_VALUES.matcher(variable.path("query").path("query").asString());
                assertThat(labelValues.matches()).as(variable.toString()).isTrue();
                queries.add(filled("count by (" + labelValues.group(2) + ") (" + labelValues.group(1) + ")"));
            }
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(filled(target.path("expr").asString()));
                }
            }
        }
        return queries;
    }

    private static String filled(String expression) {
        String query = expression.replace("$team", ".*").replace("$epic", ".*").replace("$__rate_interval", "5m");
        assertThat(query).as("a variable the test does not fill").doesNotContain("$");
        return query;
    }

    private static String logsOf(List<ServiceProcess> instances) throws java.io.IOException {
        StringBuilder logs = new StringBuilder();
        for (ServiceProcess instance : instances) {
            logs.append(Files.readString(instance.logFile()));
        }
        return logs.toString();
    }

    private ServiceProcess start(Service service, ServicePorts ports, String bootstrap, MongoWireServer mongo,
                                 String... arguments) throws java.io.IOException {
        return StackParts.start(dataDir, service.moduleName(), service, ports, bootstrap, mongo.uri(), arguments);
    }

    /** The {@code host:port} Prometheus scrapes: the service's management server. */
    private static String target(ServiceProcess service) {
        return service.managementUrl().getAuthority();
    }
}
