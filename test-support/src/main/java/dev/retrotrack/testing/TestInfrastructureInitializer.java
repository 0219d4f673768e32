package dev.retrotrack.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring test context at the {@link TestInfrastructure}'s Kafka broker and MongoDB. */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        new TestKeysInitializer().initialize(context);
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "spring.mongodb.uri=" + infrastructure.mongoUri(),
                // Tests fail fast instead of backing off for long.
                "retrotrack.kafka.retry-initial=50ms",
                "retrotrack.kafka.retry-max-interval=200ms",
                "retrotrack.kafka.retry-attempts=2"
        ).applyTo(context.getEnvironment());
    }
}
