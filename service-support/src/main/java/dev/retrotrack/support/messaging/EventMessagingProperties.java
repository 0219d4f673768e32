package dev.retrotrack.support.messaging;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of Retrotrack's Kafka plumbing ({@code retrotrack.kafka.*}).
 *
 * @param partitions        partitions of every topic, the dead-letter topic included (it needs at least as many as
 *                          its sources)
 * @param replicationFactor replicas per partition; 1 for a single local broker
 * @param publishTimeout    how long a synchronous publish waits for the broker's acknowledgement; keep it longer
 *                          than the producer's {@code delivery.timeout.ms}, or a publish reported as failed may
 *                          still be delivered
 * @param retryInitial      first back-off of a failing record before it is retried
 * @param retryMaxInterval  longest back-off between retries
 * @param retryAttempts     retries of a failing record before it goes to the dead-letter topic; failures of the
 *                          infrastructure (MongoDB or Kafka unreachable) are retried without limit instead
 */
@Validated
@ConfigurationProperties("retrotrack.kafka")
public record EventMessagingProperties(
        @DefaultValue("3") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) @Max(Short.MAX_VALUE) int replicationFactor,
        @DefaultValue("20s") @NotNull Duration publishTimeout,
        @DefaultValue("200ms") @NotNull Duration retryInitial,
        @DefaultValue("5s") @NotNull Duration retryMaxInterval,
        @DefaultValue("5") @Min(0) int retryAttempts) {
}
