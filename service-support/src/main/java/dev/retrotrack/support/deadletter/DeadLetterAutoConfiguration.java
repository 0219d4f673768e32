package dev.retrotrack.support.deadletter;

import java.time.Clock;
import java.time.Duration;

import dev.retrotrack.support.messaging.DeadLetterProducer;
import dev.retrotrack.support.messaging.EventMessagingAutoConfiguration;
import dev.retrotrack.support.messaging.EventMessagingProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The dead-letter store, its API and its upkeep, in every service that consumes events
 * ({@code retrotrack.dead-letters.enabled}, on by default). Each service keeps the dead letters of its own
 * consumers in its own database until it is dealt with, and for {@code retrotrack.dead-letters.retention} (14 days
 * by default) after it was redriven or discarded.
 */
@AutoConfiguration(after = EventMessagingAutoConfiguration.class)
@ConditionalOnProperty(name = "retrotrack.dead-letters.enabled", matchIfMissing = true)
@Import(DeadLetterController.class)
public class DeadLetterAutoConfiguration {

    @Bean
    DeadLetterStore deadLetterStore(MongoTemplate mongo,
                                    @Value("${retrotrack.dead-letters.retention:14d}") Duration retention) {
        DeadLetterStore store = new DeadLetterStore(mongo, retention);
        store.createIndexes();
        return store;
    }

    @Bean
    DeadLetterRecorder deadLetterRecorder(DeadLetterStore store,
                                          @Value("${spring.application.name}") String service) {
        return new DeadLetterRecorder(store, service, Clock.systemUTC());
    }

    @Bean
    DeadLetterRedrive deadLetterRedrive(DeadLetterStore store, DeadLetterProducer producer,
                                        EventMessagingProperties properties) {
        return new DeadLetterRedrive(store, producer.template(), properties.publishTimeout(), Clock.systemUTC());
    }

    @Bean
    DeadLetterMaintenance deadLetterMaintenance(DeadLetterStore store, MeterRegistry registry,
                                                @Value("${retrotrack.dead-letters.retention:14d}") Duration retention) {
        return new DeadLetterMaintenance(store, retention, Clock.systemUTC(), registry);
    }
}
