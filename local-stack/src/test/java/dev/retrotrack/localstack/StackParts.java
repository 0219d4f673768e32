package dev.retrotrack.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the end-to-end and fault tests do with the real parts: start a service jar, write and count records. */
final class StackParts {

    /**
     * A request to a service of the stack, with the demo key of every team that {@code ./run-local} configures, as
     * a person following the README calls it.
     */
    static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + DemoKeys.EVERY_TEAM);
    }

    private StackParts() {
    }

    /** The body of a GET with the demo key; fails on anything but 200. */
    static String get(java.net.http.HttpClient http, URI uri) throws IOException, InterruptedException {
        java.net.http.HttpResponse<String> response = http.send(request(uri).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * Starts the built jar of a service, in its own folder under {@code dataDir} (so two instances of one service
     * keep two logs), with its API and its management server (actuator) on the given ports.
     */
    static ServiceProcess start(Path dataDir, String folder, Service service, ServicePorts ports, String bootstrap,
                                String mongoUri, String... arguments) throws IOException {
        Path jar = RepoLayout.serviceJar(RepoLayout.detectRepoDir(), service).orElseThrow(() -> new AssertionError(
                service.moduleName() + " jar is not built; run ./mvnw verify from the repository root"));
        Path home = Files.createDirectories(dataDir.resolve(folder));
        return ServiceProcess.start(service, jar, ports, bootstrap, mongoUri, home, List.of(arguments));
    }

    /** As above, in a folder named after the service, on these two ports. */
    static ServiceProcess start(Path dataDir, Service service, int port, int managementPort, String bootstrap,
                                String mongoUri) throws IOException {
        return start(dataDir, service.moduleName(), service, new ServicePorts(port, managementPort), bootstrap,
                mongoUri);
    }

    /** Records ever written to the topic (the sum of its partitions' end offsets). */
    static long recordsOn(String bootstrap, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            return consumer.endOffsets(partitions, Duration.ofSeconds(10)).values().stream()
                    .mapToLong(Long::longValue).sum();
        }
    }

    /** Writes the records as a producer of another service would, and waits until the broker has them all. */
    static void publish(String bootstrap, List<ProducerRecord<String, String>> records) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            List<java.util.concurrent.Future<?>> sent = records.stream()
                    .<java.util.concurrent.Future<?>>map(producer::send).toList();
            for (java.util.concurrent.Future<?> acknowledged : sent) {
                acknowledged.get(30, TimeUnit.SECONDS);
            }
        }
    }
}
