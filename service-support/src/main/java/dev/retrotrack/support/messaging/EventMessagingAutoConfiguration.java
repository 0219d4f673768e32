package dev.retrotrack.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.InvalidEventException;
import dev.retrotrack.events.Topics;
import dev.retrotrack.support.deadletter.DeadLetterRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The Kafka setup every service shares: an {@link EventPublisher}, all topics declared with the same partition
 * count, and one {@link DefaultErrorHandler}: bounded exponential back-off for transient failures, no retries for
 * records that can never succeed (unreadable, invalid), then the dead-letter topic. Boot's listener container
 * factory picks the error handler up, so every {@code @KafkaListener} gets it.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(EventMessagingProperties.class)
public class EventMessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(KafkaTemplate<String, EventEnvelope<?>> template,
                                  EventMessagingProperties properties) {
        return new EventPublisher(template, properties.publishTimeout());
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentTrace currentTrace(ObjectProvider<Tracer> tracer) {
        return new CurrentTrace(tracer);
    }

    @Bean
    KafkaAdmin.NewTopics retrotrackTopics(EventMessagingProperties properties) {
        NewTopic[] topics = Stream
                .concat(Topics.EVENT_TOPICS.stream(), Stream.of(Topics.DEAD_LETTER))
                .map(name -> TopicBuilder.name(name)
                        .partitions(properties.partitions())
                        .replicas(properties.replicationFactor())
                        .build())
                .toArray(NewTopic[]::new);
        return new KafkaAdmin.NewTopics(topics);
    }

    private static ExponentialBackOff untilRecovered(EventMessagingProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInitial().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        return backOff; // no attempt or time limit
    }

    @Bean
    DeadLetterProducer deadLetterProducer(KafkaProperties kafkaProperties) {
        return new DeadLetterProducer(kafkaProperties.buildProducerProperties());
    }

    @Bean
    DeadLetterCounter deadLetterCounter(MeterRegistry registry) {
        return new DeadLetterCounter(registry);
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler retrotrackErrorHandler(DeadLetterProducer deadLetterProducer,
                                               DeadLetterCounter deadLetters,
                                               ObjectProvider<DeadLetterRecorder> store,
                                               EventMessagingProperties properties,
                                               @Value("${spring.application.name}") String serviceName) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                deadLetterProducer.template(),
                // A negative partition lets the producer pick by key, so a team's dead letters stay together.
                (record, exception) -> new TopicPartition(Topics.DEAD_LETTER, -1));
        recoverer.setHeadersFunction((record, exception) -> new RecordHeaders(new RecordHeader[] {
                new RecordHeader(DeadLetterHeaders.FAILED_SERVICE, serviceName.getBytes(StandardCharsets.UTF_8))}));

        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInitial().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        backOff.setMaxAttempts(properties.retryAttempts());

        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            // Stored first: should storing fail, nothing was published and the whole record is retried.
            store.ifAvailable(recorder -> recorder.record(record, exception));
            recoverer.accept(record, exception);
            deadLetters.deadLettered(record.topic());
        }, backOff);
        // Deserialization failures are already not retried by default; invalid events cannot succeed either.
        handler.addNotRetryableExceptions(InvalidEventException.class);
        // A database or broker outage is not the record's fault: retry it until the infrastructure is back, without
        // committing its offset, instead of dead-lettering valid events after a few seconds. The partition waits,
        // so one team's events keep their order.
        handler.setBackOffFunction((record, exception) -> TransientFailures.isTransient(exception)
                ? untilRecovered(properties) : null);
        return handler;
    }
}
