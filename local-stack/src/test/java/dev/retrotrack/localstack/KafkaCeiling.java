package dev.retrotrack.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The raw ceiling: Kafka's own {@code ProducerPerformance} and {@code ConsumerPerformance} (the classes behind
 * {@code kafka-producer-perf-test.sh} and {@code kafka-consumer-perf-test.sh}), run as their own JVMs against the
 * same broker, on a topic with as many partitions as Retrotrack's, with the same payloads, and the producer
 * settings Retrotrack's services use (acks=all, idempotent, linger 5 ms).
 */
final class KafkaCeiling {

    /** Records per second each tool reached; the pipeline cannot go faster than the slower of the two. */
    record Result(long records, double producedPerSecond, double fetchedPerSecond, int payloadBytes) {

        double perSecond() {
            return Math.min(producedPerSecond, fetchedPerSecond);
        }
    }

    private KafkaCeiling() {
    }

    static Result measure(String bootstrap, List<String> payloads, long records, int partitions, Path workDir)
            throws Exception {
        String topic = "retrotrack.bench.raw";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Path payloadFile = workDir.resolve("payloads.txt");
        // One payload per line: the retros are compact JSON, without line breaks.
        Files.writeString(payloadFile, String.join("\n", payloads), StandardCharsets.UTF_8);
        int averageBytes = (int) payloads.stream().mapToInt(p -> p.getBytes(StandardCharsets.UTF_8).length)
                .average().orElse(0);

        List<String> produced = run("org.apache.kafka.tools.ProducerPerformance", "--topic", topic,
                "--num-records", Long.toString(records), "--throughput", "-1", "--payload-file", payloadFile.toString(),
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true",
                "linger.ms=5");
        double producedPerSecond = parse(produced, "records sent, ", " records/sec");

        double fetchedPerSecond = fetchRate(bootstrap, topic, records, "retrotrack-bench-raw");
        return new Result(records, producedPerSecond, fetchedPerSecond, averageBytes);
    }

    /**
     * Kafka's {@code ConsumerPerformance} reading {@code records} records of {@code topic} from the start, in a new
     * group: its fetch rate in records per second, without the group's join time.
     */
    static double fetchRate(String bootstrap, String topic, long records, String group) throws Exception {
        List<String> fetched = run("org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrap,
                "--topic", topic, "--messages", Long.toString(records), "--group", group,
                "--timeout", "60000");
        // Header "start.time, end.time, ..., fetch.nMsg.sec", then one line of values: the last column is the
        // fetch rate without the group's join time.
        String values = fetched.get(fetched.size() - 1);
        String[] columns = values.split(",\\s*");
        return Double.parseDouble(columns[columns.length - 1].strip());
    }

    private static double parse(List<String> lines, String before, String after) {
        String last = lines.stream().filter(line -> line.contains(before) && line.contains(after)).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("No result line in: " + lines));
        return Double.parseDouble(last.substring(last.indexOf(before) + before.length(), last.indexOf(after))
                .strip());
    }

    /** Runs a Kafka tool in its own JVM on this JVM's class path; its output lines, or a failure with them. */
    private static List<String> run(String mainClass, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(RepoLayout.javaBinary().toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " failed:\n" + output);
        }
        return output.lines().filter(line -> !line.isBlank() && !line.startsWith("SLF4J")
                && !line.contains(" WARN ") && !line.contains(" INFO ")).toList();
    }
}
