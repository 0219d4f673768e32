package dev.retrotrack.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code retrotrack-defaults.properties} as the lowest-precedence property source, so every service starts
 * with the same working local settings (Kafka serializers, dead-letter-friendly deserializers, actuator exposure)
 * while a service's own {@code application.yml} and environment variables still override any of them.
 */
public class RetrotrackDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "retrotrack-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("retrotrackDefaults",
                    new ClassPathResource(RESOURCE, RetrotrackDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
