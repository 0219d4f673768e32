package dev.retrotrack.support.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class OtlpTransportSecurityTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TelemetryAutoConfiguration.class));

    @Test
    void aPlaintextEndpointStopsTheServiceNamingTheProperty() {
        context.withPropertyValues("management.tracing.export.otlp.enabled=true",
                        "management.opentelemetry.tracing.export.otlp.endpoint=http://collector:4318/v1/traces")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("management.opentelemetry.tracing.export.otlp.endpoint=http://collector")
                        .hasMessageContaining("retrotrack.otlp.allow-plaintext=true"));
    }

    @Test
    void plaintextLogExportIsRefusedToo() {
        // not switched on explicitly: Boot's default is on
        context.withPropertyValues("management.opentelemetry.logging.export.otlp.endpoint=HTTP://collector:4318/v1/logs")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("management.opentelemetry.logging.export.otlp.endpoint=HTTP://"));
    }

    @Test
    void httpsEndpointsAnExplicitAllowanceAndDisabledExportsStart() {
        context.withPropertyValues("management.tracing.export.otlp.enabled=true",
                        "management.opentelemetry.tracing.export.otlp.endpoint=https://collector:4318/v1/traces")
                .run(started -> assertThat(started).hasNotFailed());
        context.withPropertyValues("management.tracing.export.otlp.enabled=true",
                        "management.opentelemetry.tracing.export.otlp.endpoint=http://otel-collector:4318/v1/traces",
                        "retrotrack.otlp.allow-plaintext=true")
                .run(started -> assertThat(started).hasNotFailed());
        context.withPropertyValues("management.tracing.export.otlp.enabled=false",
                        "management.opentelemetry.tracing.export.otlp.endpoint=http://collector:4318/v1/traces")
                .run(started -> assertThat(started).hasNotFailed());
        context.run(started -> assertThat(started).hasNotFailed());
    }
}
