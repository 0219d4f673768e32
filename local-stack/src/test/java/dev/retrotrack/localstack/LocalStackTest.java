package dev.retrotrack.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The launcher end to end with the real Kafka and MongoDB, but {@link FakeService} jars in place of
 * the services, so it runs in the unit test phase without the service modules.
 */
class LocalStackTest {

    @TempDir
    Path repo;

    @Test
    void startsEverythingPassesTheAddressesAndStopsWithoutLeavingProcesses() throws Exception {
        writeFakeServiceJars();
        LocalStackConfig config = LocalStackConfig.defaults(repo).withDataDir(repo.resolve("data")).withFreePorts().withAotCache(false);

        LocalStackConfig used;
        try (RunningStack stack = LocalStack.start(config)) {
            used = stack.config();
            assertThat(used.kafkaPort()).isPositive();
            assertThat(stack.kafkaBootstrap()).isEqualTo("127.0.0.1:" + used.kafkaPort());
            assertThat(stack.mongoUri()).isEqualTo("mongodb://127.0.0.1:" + used.mongoPort());
            for (Service service : Service.values()) {
                assertThat(healthStatus(stack.managementUrl(service))).isEqualTo(200);
                assertThat(stack.managementUrl(service).getPort()).isEqualTo(used.managementPort(service))
                        .isNotEqualTo(stack.serviceUrl(service).getPort());
                assertThat(stack.logFile(service)).content()
                        .contains("--spring.kafka.bootstrap-servers=" + stack.kafkaBootstrap())
                        .contains("--spring.mongodb.uri=" + stack.mongoUri())
                        .contains("--retrotrack.parent-pid=" + ProcessHandle.current().pid())
                        .contains("--server.port=" + used.port(service))
                        .contains("--server.address=127.0.0.1")
                        .contains("--management.server.port=" + used.managementPort(service))
                        .contains("--management.server.address=127.0.0.1");
            }
            assertThat(stack.summary())
                    .contains(stack.ingestUrl().toString(), stack.trackerUrl().toString(), stack.metricsUrl().toString())
                    .contains(stack.managementUrl(Service.METRICS).resolve("/actuator/prometheus").toString())
                    .contains(stack.kafkaBootstrap(), stack.mongoUri(), stack.dataDir().toString())
                    .contains("Press Ctrl-C to stop");
        }
        awaitNoChildProcesses();

        // Same data and ports again, but the metrics "service" dies at start: a clear error, no leftovers.
        Files.createFile(used.dataDir().resolve("fail-" + used.port(Service.METRICS)));
        assertThatThrownBy(() -> LocalStack.start(used))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("metrics-service exited during startup with code 3")
                .hasMessageContaining(used.dataDir().resolve("logs/metrics-service.log").toString())
                .hasMessageContaining("fake service failing on purpose");
        awaitNoChildProcesses();
        // The second start reused the formatted Kafka storage.
        assertThat(Files.readString(used.dataDir().resolve("logs/kafka.log")).split("Kafka storage format started", -1))
                .hasSize(2);
    }

    @Test
    void reportsMissingServiceJarsBeforeStartingAnything() {
        LocalStackConfig config = LocalStackConfig.defaults(repo).withDataDir(repo.resolve("data")).withFreePorts().withAotCache(false);

        assertThatThrownBy(() -> LocalStack.start(config))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("retro-ingest-service")
                .hasMessageContaining("metrics-service")
                .hasMessageContaining("./mvnw -DskipTests package")
                .hasMessageContaining("--infra-only");
        assertThat(repo.resolve("data")).doesNotExist();
    }

    @Test
    void reportsATakenServicePortBeforeStartingAnything() throws Exception {
        writeFakeServiceJars();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            LocalStackConfig config = LocalStackConfig.defaults(repo).withDataDir(repo.resolve("data")).withFreePorts().withAotCache(false)
                    .withPort(Service.TRACKER, taken.getLocalPort());

            assertThatThrownBy(() -> LocalStack.start(config))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " for action-tracker-service is already in use");
        }
        assertThat(repo.resolve("data")).doesNotExist();
    }

    @Test
    void reportsATakenManagementPortBeforeStartingAnything() throws Exception {
        writeFakeServiceJars();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            LocalStackConfig config = LocalStackConfig.defaults(repo).withDataDir(repo.resolve("data")).withFreePorts().withAotCache(false)
                    .withManagementPort(Service.METRICS, taken.getLocalPort());

            assertThatThrownBy(() -> LocalStack.start(config))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " for metrics-service management is already"
                            + " in use");
        }
        assertThat(repo.resolve("data")).doesNotExist();
    }

    @Test
    void picksFreePortsAndPutsTheControllerNextToAFixedKafkaPort() {
        LocalStackConfig free = LocalStack.withConcretePorts(LocalStackConfig.defaults(repo).withFreePorts());
        List<Integer> ports = new java.util.ArrayList<>(List.of(free.kafkaPort(), free.kafkaControllerPort(),
                free.mongoPort()));
        for (Service service : Service.values()) {
            ports.addAll(List.of(free.port(service), free.managementPort(service)));
        }
        assertThat(ports).hasSize(9).allMatch(port -> port > 0).doesNotHaveDuplicates();

        LocalStackConfig fixed = LocalStack.withConcretePorts(LocalStackConfig.defaults(repo).withKafkaPort(19092));
        assertThat(fixed.kafkaControllerPort()).isEqualTo(19093);
        assertThat(fixed.port(Service.INGEST)).isEqualTo(8081);
        assertThat(fixed.managementPort(Service.INGEST)).isEqualTo(9081);

        LocalStackConfig external = LocalStack.withConcretePorts(LocalStackConfig.defaults(repo)
                .withExternalKafka("broker:9092").withExternalMongo("mongodb://db").withInfraOnly(true).withFreePorts());
        assertThat(external.kafkaPort()).isZero();
        assertThat(external.mongoPort()).isZero();
        assertThat(external.port(Service.INGEST)).isZero();
        assertThat(external.managementPort(Service.INGEST)).isZero();
    }

    /** Jars holding only a manifest: Main-Class FakeService, classes from this module's test output. */
    private void writeFakeServiceJars() throws Exception {
        URI testClasses = FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses.toString());
        for (Service service : Service.values()) {
            Path jar = repo.resolve(service.moduleName()).resolve("target")
                    .resolve(service.moduleName() + "-0.1.0-SNAPSHOT.jar");
            Files.createDirectories(jar.getParent());
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
                // The manifest is all there is.
            }
            // A plain (non-repackaged) jar next to it must not be picked.
            Files.createFile(jar.resolveSibling(service.moduleName() + "-0.1.0-SNAPSHOT-plain.jar"));
        }
    }

    private static int healthStatus(URI base) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static void awaitNoChildProcesses() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                        .isEmpty());
    }
}
