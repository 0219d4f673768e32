package dev.retrotrack.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.Retro;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.events.TraceContext;
import dev.retrotrack.testing.Management;
import dev.retrotrack.testing.PrometheusScrape;
import dev.retrotrack.testing.TestInfrastructure;
import dev.retrotrack.testing.TestTeams;
import dev.retrotrack.testing.TopicWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the metrics service in one consumer group, each consuming part of the partitions. The design
 * (README, Metrics): every instance exports values computed from the projection they share, so every instance shows
 * the truth and dashboards and alerts take {@code max by} over instances (a sum would double-count). Proven here
 * for every team: the retro counter and the item gauges are the true values on both instances, although each
 * consumed only part of the events.
 */
class TwoInstancesIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void startTwoInstances() {
        String group = "metrics-two-instances-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            instances.add(new SpringApplicationBuilder(MetricsApplication.class).run(
                    "--server.port=0",
                    "--management.server.port=0",
                    "--spring.kafka.bootstrap-servers=" + TestInfrastructure.get().kafkaBootstrapServers(),
                    "--spring.mongodb.uri=" + TestInfrastructure.get().mongoUri(),
                    // A new group reads the topics from the start (earliest): no event can slip past a consumer
                    // that has its partitions but not yet its position.
                    "--spring.kafka.consumer.group-id=" + group));
        }
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void maxOverInstancesIsTheTruthForEveryTeam() {
        List<String> teams = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            teams.add(TestTeams.unique("pair" + i));
        }
        // Both consumers own partitions before anything is published, so the teams' events are split between them.
        await().atMost(Duration.ofSeconds(60)).until(() -> instances.stream().allMatch(this::consumesSomething));
        for (String team : teams) {
            TopicWriter.publish(retro(team));
            TopicWriter.publish(item(team, "a", ItemStatus.OPEN, 1));
            TopicWriter.publish(item(team, "b", ItemStatus.OPEN, 1));
            TopicWriter.publish(item(team, "b", ItemStatus.DONE, 2));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String team : teams) {
                for (ConfigurableApplicationContext instance : instances) {
                    // Each instance consumed only some teams, yet exports every team's truth from the shared store.
                    assertThat(value(instance, "retrotrack_retros_ingested_total", Map.of("team", team)))
                            .as(team).hasValue(1.0);
                    assertThat(value(instance, "retrotrack_action_items", Map.of("team", team, "state", "OPEN")))
                            .as(team).hasValue(1.0);
                    assertThat(value(instance, "retrotrack_action_items", Map.of("team", team, "state", "DONE")))
                            .as(team).hasValue(1.0);
                }
            }
        });
    }

    private boolean consumesSomething(ConfigurableApplicationContext instance) {
        return instance.getBean(org.springframework.kafka.config.KafkaListenerEndpointRegistry.class)
                .getListenerContainers().stream()
                .anyMatch(container -> container.getAssignedPartitions() != null
                        && !container.getAssignedPartitions().isEmpty());
    }

    private static OptionalDouble value(ConfigurableApplicationContext instance, String metric,
                                        Map<String, String> labels) {
        // The port the management server picked, published by the actuator as local.management.port.
        int managementPort = instance.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
        return PrometheusScrape.value(Management.scrape(managementPort), metric, labels);
    }

    private static EventEnvelope<RetroSubmitted> retro(String team) {
        String retroId = UUID.randomUUID().toString();
        Retro retro = new Retro(new Retro.EpicRef("E-1", "Pair"), LocalDate.of(2026, 11, 20), null, List.of(), null,
                List.of(), List.of(), List.of(), List.of(), null, List.of());
        return EventEnvelope.wrap(new RetroSubmitted(retroId, team, retro), retroId, team, TraceContext.NONE, CLOCK);
    }

    private static EventEnvelope<ActionItemStateChanged> item(String team, String item, ItemStatus to,
                                                              long version) {
        String id = team + "-" + item;
        return EventEnvelope.wrap(new ActionItemStateChanged(id, team, "E-1", ItemKind.ACTION, item, null, to,
                        CLOCK.instant(), ChangeCause.RETRO, "r", Priority.HIGH, null, null, version, false, 0, null),
                id, team, TraceContext.NONE, CLOCK);
    }
}
