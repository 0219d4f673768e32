package dev.retrotrack.support.telemetry;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Checks, before anything is exported, that OTLP telemetry leaves the service encrypted (or is allowed not to). */
@AutoConfiguration
public class TelemetryAutoConfiguration {

    @Bean
    InitializingBean otlpTransportSecurityCheck(Environment environment) {
        return () -> OtlpTransportSecurity.check(environment);
    }
}
