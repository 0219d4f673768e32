package dev.retrotrack.support.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB settings every service shares. Replaces Boot's MongoDB health indicator (same bean name, registered before Boot's auto-configuration looks
 * for it) with {@link MongoPingHealthIndicator}, instead of switching MongoDB health off.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class,
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoTemplate.class)
public class MongoSupportAutoConfiguration {

    /**
     * Fail fast when MongoDB is away: the driver's default waits 30 s to select a server, which would hold every
     * request (and the health check) that long before it can answer 503.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer retrotrackMongoTimeouts(
            @Value("${retrotrack.mongo.server-selection-timeout:5s}") Duration serverSelectionTimeout) {
        return settings -> settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                serverSelectionTimeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnBean(MongoTemplate.class)
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
