package dev.retrotrack.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaBrokerTest {

    private static final String TOPIC = "local-stack-smoke";

    @TempDir
    Path dataDir;

    @Test
    void runsARealBrokerThatProducesAndConsumesAndStopsItsProcess() throws Exception {
        List<Integer> ports = Ports.free(2);
        KafkaBroker broker = KafkaBroker.start(dataDir, ports.get(0), ports.get(1));
        try {
            broker.awaitReady(Instant.now().plusSeconds(60));
            String bootstrap = broker.bootstrapServers();

            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(TOPIC);
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>(TOPIC, "phoenix", "hello")).get(30, TimeUnit.SECONDS);
            }
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
                consumer.subscribe(Set.of(TOPIC));
                List<ConsumerRecord<String, String>> received = new ArrayList<>();
                await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                    consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                    return !received.isEmpty();
                });
                assertThat(received).singleElement().satisfies(record -> {
                    assertThat(record.key()).isEqualTo("phoenix");
                    assertThat(record.value()).isEqualTo("hello");
                });
            }
        } finally {
            broker.close();
        }

        assertThat(broker.process().isAlive()).isFalse();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(dataDir.resolve("kafka/data/meta.properties")).exists();
        assertThat(dataDir.resolve("logs/kafka.log")).content().contains("Kafka Server started");
    }

    @Test
    void writesAStaticSingleNodeKraftConfiguration() {
        String properties = KafkaBroker.serverProperties(19092, 19093, Path.of("/data/kafka/data"));

        assertThat(properties)
                .contains("process.roles=broker,controller")
                .contains("controller.quorum.voters=1@127.0.0.1:19093")
                .contains("listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .contains("log.dirs=/data/kafka/data")
                .contains("num.partitions=3")
                .contains("offsets.topic.replication.factor=1")
                .contains("transaction.state.log.replication.factor=1");
    }
}
