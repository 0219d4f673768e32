package dev.retrotrack.support.messaging;

import dev.retrotrack.support.security.ApiSecurityAutoConfiguration;
import dev.retrotrack.support.web.ProblemDetailsAutoConfiguration;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every API fuzz target's slim context shares with the real service around its endpoint: the one error handler
 * and body limit, the API keys' security chain, the trace reader, and Kafka as a {@link RecordingPublisher}. Import it
 * beside the endpoint's own classes.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ProblemDetailsAutoConfiguration.class, ApiSecurityAutoConfiguration.class})
public class ApiSlice {

    @Bean
    RecordingPublisher publisher() {
        return new RecordingPublisher();
    }

    @Bean
    CurrentTrace currentTrace(ObjectProvider<Tracer> tracer) {
        return new CurrentTrace(tracer);
    }
}
