package dev.retrotrack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.core.env.Environment;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read limits a service's JSON mapper must have are the ones its configuration names
 * ({@code spring.jackson.factory.constraints.read.*}, set for every service in retrotrack-defaults), read from there
 * rather than copied into tests: a property Boot renamed or stopped reading would leave the service without them.
 */
public final class JsonReadLimits {

    private static final String PREFIX = "spring.jackson.factory.constraints.read.";

    private JsonReadLimits() {
    }

    public static void requireConfigured(JsonMapper mapper, Environment environment) {
        StreamReadConstraints limits = mapper.tokenStreamFactory().streamReadConstraints();
        assertThat(limits.getMaxNestingDepth()).isEqualTo(configured(environment, "max-nesting-depth"));
        assertThat(limits.getMaxNameLength()).isEqualTo(configured(environment, "max-name-length"));
        assertThat(limits.getMaxStringLength()).isEqualTo(configured(environment, "max-string-length"));
        assertThat(limits.getMaxNumberLength()).isEqualTo(configured(environment, "max-number-length"));
    }

    private static int configured(Environment environment, String limit) {
        return environment.getRequiredProperty(PREFIX + limit, Integer.class);
    }
}
