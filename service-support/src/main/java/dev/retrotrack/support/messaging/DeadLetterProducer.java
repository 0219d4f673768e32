package dev.retrotrack.support.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.EventSerializer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

/**
 * The producer that writes dead letters. Dead letters carry either the raw bytes of an unreadable record or the
 * envelope that failed processing, so it serializes by type. Kept out of the context as a plain template (not a
 * {@code KafkaTemplate} or {@code ProducerFactory} bean) so it never competes with Boot's event template.
 */
public class DeadLetterProducer implements DisposableBean {

    private final DefaultKafkaProducerFactory<Object, Object> factory;
    private final KafkaTemplate<Object, Object> template;

    DeadLetterProducer(Map<String, Object> producerProperties) {
        Map<String, Object> config = new LinkedHashMap<>(producerProperties);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(EventEnvelope.class, new EventSerializer());
        byType.put(String.class, new StringSerializer());
        this.factory = new DefaultKafkaProducerFactory<>(config, null, new DelegatingByTypeSerializer(byType, true));
        this.template = new KafkaTemplate<>(factory);
    }

    public KafkaTemplate<Object, Object> template() {
        return template;
    }

    @Override
    public void destroy() {
        factory.destroy();
    }

}
