package dev.retrotrack.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.retrotrack.events.EventCodec;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.EventPayload;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the test broker from its beginning, like an independent consumer would, so tests assert on
 * what was really published. Each {@link #poll()} adds what arrived since the last one.
 */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private TopicProbe(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "topic-probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        List<TopicPartition> assigned = partitions.stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
    }

    /** A probe on {@code topic} of the shared {@link TestInfrastructure} broker. */
    public static TopicProbe on(String topic) {
        return new TopicProbe(TestInfrastructure.get().kafkaBootstrapServers(), topic);
    }

    /** A probe on {@code topic} of any broker. */
    public static TopicProbe on(String bootstrapServers, String topic) {
        return new TopicProbe(bootstrapServers, topic);
    }

    /** Every raw record seen so far, after polling for new ones. */
    public List<ConsumerRecord<String, byte[]>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** Every event seen so far whose payload is of the given type, after polling for new ones. */
    public <P extends EventPayload> List<EventEnvelope<P>> events(Class<P> payloadType) {
        List<EventEnvelope<P>> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : poll()) {
            EventEnvelope<?> envelope = EventCodec.decode(record.value());
            if (payloadType.isInstance(envelope.payload())) {
                @SuppressWarnings("unchecked")
                EventEnvelope<P> typed = (EventEnvelope<P>) envelope;
                events.add(typed);
            }
        }
        return events;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
