package dev.retrotrack.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Makes a test context accept the {@link TestKeys}, for slices that run the API's security without infrastructure. */
public class TestKeysInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(TestKeys.properties()).applyTo(context.getEnvironment());
    }
}
