package dev.retrotrack.testing;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One Kafka broker and one MongoDB per test JVM, started on first use and stopped when the JVM exits. Where Docker
 * runs they are containers (real Kafka, real MongoDB); elsewhere an embedded KRaft broker and mongo-java-server.
 */
public final class TestInfrastructure {

    /** Partitions per auto-created topic; matches the services' declared topics. */
    static final int PARTITIONS = 3;

    private static final TestInfrastructure INSTANCE = start();

    private final String kafkaBootstrapServers;
    private final String mongoUri;
    private TestInfrastructure(String kafkaBootstrapServers, String mongoUri) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoUri = mongoUri;
    }

    public static TestInfrastructure get() {
        return INSTANCE;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** A MongoDB connection string without a database; each service names its own. */
    public String mongoUri() {
        return mongoUri;
    }

    private static TestInfrastructure start() {
        return dockerAvailable() ? startContainers() : startEmbedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka-native:4.2.0"))
                .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(PARTITIONS));
        MongoDBContainer mongo = new MongoDBContainer(DockerImageName.parse("mongo:8.0"));
        kafka.start();
        mongo.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            mongo.stop();
        }, "test-infrastructure-stop"));
        return new TestInfrastructure(kafka.getBootstrapServers(), mongo.getConnectionString());
    }

    private static TestInfrastructure startEmbedded() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            kafka.destroy();
        }, "test-infrastructure-stop"));
        return new TestInfrastructure(kafka.getBrokersAsString(),
                "mongodb://127.0.0.1:" + address.getPort());
    }
}
