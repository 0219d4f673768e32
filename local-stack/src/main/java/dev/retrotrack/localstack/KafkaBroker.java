package dev.retrotrack.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Kafka (broker and controller in one process) running in a child JVM from
 * the real Kafka jars. Its storage lives in {@code <data>/kafka/data}; it is formatted on the
 * first start only, so topics and records survive restarts. Output goes to {@code <data>/logs/kafka.log}.
 */
final class KafkaBroker implements AutoCloseable {

    private static final String NODE_ID = "1";
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path logFile;
    private boolean closed;

    private KafkaBroker(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * Writes the configuration, formats the storage if this data folder has none yet, and starts
     * the broker. Returns once the process runs; call {@link #awaitReady(Instant)} before using it.
     *
     * @param dataDir        the stack's data folder; Kafka uses {@code kafka/} and {@code logs/kafka.log} in it
     * @param port           the PLAINTEXT port on 127.0.0.1
     * @param controllerPort the CONTROLLER port on 127.0.0.1
     */
    static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "the Kafka controller");
        Path kafkaDir = dataDir.resolve("kafka");
        Path logDir = kafkaDir.resolve("data");
        Path logFile = dataDir.resolve("logs").resolve("kafka.log");
        Path properties = kafkaDir.resolve("server.properties");
        Path log4jConfig = kafkaDir.resolve("log4j2.xml");
        try {
            Files.createDirectories(logDir);
            Files.writeString(properties, serverProperties(port, controllerPort, logDir), StandardCharsets.UTF_8);
            try (InputStream in = KafkaBroker.class.getResourceAsStream("kafka-log4j2.xml")) {
                Files.write(log4jConfig, in.readAllBytes());
            }
        } catch (IOException e) {
            throw new LocalStackException("Cannot write the Kafka configuration in " + kafkaDir + ": " + e.getMessage(), e);
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(properties, log4jConfig, logDir, logFile);
        }
        Process process = ChildProcesses.start("Kafka broker",
                command(log4jConfig, logFile, "512m", "kafka.Kafka", properties.toString()), dataDir, logFile);
        return new KafkaBroker(process, port, logFile);
    }

    /**
     * The broker configuration. A static voter set ({@code controller.quorum.voters}) rather than a
     * dynamic quorum: the voter endpoint then comes from this file at every start instead of being
     * frozen into the metadata log, so the ports can change between runs on the same data.
     */
    static String serverProperties(int port, int controllerPort, Path logDir) {
        return """
                # Written by the Retrotrack local stack at every start; edits are overwritten.
                process.roles=broker,controller
                node.id=%1$s
                controller.quorum.voters=%1$s@%2$s:%4$d
                listeners=PLAINTEXT://%2$s:%3$d,CONTROLLER://%2$s:%4$d
                advertised.listeners=PLAINTEXT://%2$s:%3$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%5$s
                num.partitions=3
                # One broker: internal topics cannot have more replicas than that.
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                # Fewer offsets partitions than the default 50: far quicker first consumer-group join on a laptop.
                offsets.topic.num.partitions=5
                # Consumers of a fresh group start at once instead of waiting for more members.
                group.initial.rebalance.delay.ms=0
                # Local data is small and events are the source of truth: keep them until the folder is deleted.
                log.retention.ms=-1
                """.formatted(NODE_ID, Ports.HOST, port, controllerPort, logDir.toString().replace('\\', '/'));
    }

    /** Runs StorageTool in its own short-lived JVM, because it ends with System.exit. */
    private static void format(Path properties, Path log4jConfig, Path logDir, Path logFile) {
        String clusterId = Uuid.randomUuid().toString();
        Process formatter = ChildProcesses.start("Kafka storage format",
                command(log4jConfig, logFile, "256m", "kafka.tools.StorageTool",
                        "format", "--cluster-id", clusterId, "--config", properties.toString(), "--ignore-formatted"),
                logDir.getParent(), logFile);
        try {
            if (!formatter.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                ChildProcesses.stop(List.of(formatter), Duration.ofSeconds(5));
                throw new LocalStackException(ChildProcesses.failure(
                        "Formatting the Kafka storage took longer than " + FORMAT_TIMEOUT.toSeconds() + " s", logFile));
            }
        } catch (InterruptedException e) {
            ChildProcesses.stop(List.of(formatter), Duration.ofSeconds(5));
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while formatting the Kafka storage", e);
        }
        if (formatter.exitValue() != 0) {
            throw new LocalStackException(ChildProcesses.failure(
                    "Formatting the Kafka storage failed (exit code " + formatter.exitValue() + ")", logFile));
        }
    }

    private static List<String> command(Path log4jConfig, Path logFile, String maxHeap, String mainClass,
                                        String... args) {
        List<String> command = new ArrayList<>(List.of(
                RepoLayout.javaBinary().toString(),
                "-Xmx" + maxHeap,
                // C1 only: the broker starts about a quarter faster, and local traffic never needs C2.
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + log4jConfig.toUri(),
                "-Dkafka.logs.dir=" + logFile.getParent(),
                "-cp", RepoLayout.kafkaClasspath(),
                KafkaNode.class.getName(),
                Long.toString(ProcessHandle.current().pid()),
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    String bootstrapServers() {
        return Ports.HOST + ":" + port;
    }

    Path logFile() {
        return logFile;
    }

    Process process() {
        return process;
    }

    /** Waits until the broker answers a metadata request, failing early if the child process dies. */
    void awaitReady(Instant deadline) {
        awaitReady(bootstrapServers(), deadline, () -> {
            if (!process.isAlive()) {
                throw new LocalStackException(ChildProcesses.failure(
                        "Kafka exited during startup with code " + process.exitValue(), logFile));
            }
        });
    }

    /**
     * Waits until the cluster at {@code bootstrapServers} answers {@code describeCluster}; also used
     * for an external Kafka. {@code checkAlive} runs between attempts and may throw to give up early.
     */
    static void awaitReady(String bootstrapServers, Instant deadline, Runnable checkAlive) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        try (Admin admin = Admin.create(config)) {
            Waiting.until(deadline, () -> {
                checkAlive.run();
                try {
                    return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
                            .nodes().get(6, TimeUnit.SECONDS).isEmpty();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LocalStackException("Interrupted while waiting for Kafka", e);
                } catch (Exception e) {
                    return false;
                }
            }, () -> "Kafka at " + bootstrapServers + " did not become ready in time");
        }
    }

    /** SIGTERM (Kafka shuts down cleanly), then a kill after the grace period. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            ChildProcesses.stop(List.of(process), ChildProcesses.STOP_GRACE);
        }
    }
}
