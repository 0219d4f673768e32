package dev.retrotrack.testing;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import dev.retrotrack.events.EventCodec;
import dev.retrotrack.events.EventEnvelope;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records to the test broker as another service (or a broken producer) would. */
public final class TopicWriter {

    private TopicWriter() {
    }

    /** Publishes an event keyed by its team, waiting for the broker's acknowledgement. */
    public static void publish(EventEnvelope<?> event) {
        send(event.eventType().topic(), event.team(), EventCodec.encode(event));
    }

    /** Sends raw bytes, e.g. a poison record. */
    public static void send(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while sending to " + topic, e);
        } catch (ExecutionException e) {
            throw new AssertionError("Could not send to " + topic, e);
        }
    }
}
