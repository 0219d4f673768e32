package dev.retrotrack.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.Management;
import dev.retrotrack.testing.PrometheusScrape;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import dev.retrotrack.testing.TopicWriter;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

@RetrotrackIntegrationTest
class DeliveryMetricsIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MongoTemplate mongo;

    @Test
    void countsEachSubmittedRetroOncePerTeamEvenWhenRedelivered() {
        String team = TestTeams.unique("phoenix");
        EventEnvelope<RetroSubmitted> first = retroSubmitted(team);
        EventEnvelope<RetroSubmitted> second = retroSubmitted(team);

        TopicWriter.publish(first);
        TopicWriter.publish(first);
        TopicWriter.publish(second);

        // A later retro of the same team lands on the same partition: once it is stored, every earlier record (the
        // redelivery included) has been processed, and the counter must be exactly 3, not passing through 3 to 4.
        EventEnvelope<RetroSubmitted> fence = retroSubmitted(team);
        TopicWriter.publish(fence);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("ingested_retros")
                .countDocuments(new Document("_id", fence.payload().retroId())) == 1);
        // The fence is counted just after it is stored, so the exact value must arrive and then hold for longer than
        // a refresh (2 s): a double count would show as 4 at once, never as a 3 that lasts.
        await().atMost(Duration.ofSeconds(30)).during(Duration.ofSeconds(3)).untilAsserted(() -> {
            assertThat(sample("retrotrack_retros_ingested_total", Map.of("team", team))).hasValue(3.0);
            // Two parse warnings per retro, the redelivered one counted once.
            assertThat(sample("retrotrack_parse_warnings_total", Map.of("team", team))).hasValue(6.0);
        });
    }

    @Test
    void itemGaugesFollowStateChangesAndIgnoreRepeatedOrStaleEvents() {
        String team = TestTeams.unique("phoenix");
        TopicWriter.publish(change(team, "act-1", null, ItemStatus.OPEN, 1));
        TopicWriter.publish(change(team, "act-2", null, ItemStatus.OPEN, 1));
        TopicWriter.publish(change(team, "act-1", ItemStatus.OPEN, ItemStatus.IN_PROGRESS, 2));
        TopicWriter.publish(change(team, "act-1", null, ItemStatus.OPEN, 1));                    // stale replay
        TopicWriter.publish(change(team, "act-1", ItemStatus.OPEN, ItemStatus.IN_PROGRESS, 2));  // repeat

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(items(team, "OPEN")).hasValue(1.0);
            assertThat(items(team, "IN_PROGRESS")).hasValue(1.0);
        });
        TopicWriter.publish(change(team, "act-3", null, ItemStatus.DONE, 1));  // a later event as a fence
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("item_states")
                .countDocuments(new Document("_id", team + "-act-3")) == 1);
        // The projection is final now; the gauges show it after their next refresh from it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(items(team, "DONE")).hasValue(1.0);
            assertThat(items(team, "OPEN")).hasValue(1.0);
            assertThat(items(team, "IN_PROGRESS")).hasValue(1.0);
        });
    }

    @Test
    void epicDeliveryGaugesShowEachEpicsLatestRetro() {
        String team = TestTeams.unique("epics");
        TopicWriter.publish(delivered(team, "E-1", "2026-10-01", 4, 3, 21, 13));
        TopicWriter.publish(delivered(team, "E-2", "2026-10-15", 5, 5, 20, 20));
        TopicWriter.publish(delivered(team, "E-1", "2026-10-20", 4, 4, 21, 21));  // a corrected E-1 retro

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(sample("retrotrack_epic_stories", Map.of("team", team, "epic", "E-1", "state", "completed")))
                    .hasValue(4.0);
            assertThat(sample("retrotrack_epic_points", Map.of("team", team, "epic", "E-1", "state", "completed")))
                    .hasValue(21.0);
            assertThat(sample("retrotrack_epic_completion_ratio", Map.of("team", team, "epic", "E-1")))
                    .hasValue(1.0);
            assertThat(sample("retrotrack_epic_stories", Map.of("team", team, "epic", "E-2", "state", "planned")))
                    .hasValue(5.0);
            // The E-2 retro reported on two earlier actions, one done.
            assertThat(sample("retrotrack_followthrough_ratio", Map.of("team", team))).hasValue(0.5);
        });
    }

    private static EventEnvelope<RetroSubmitted> delivered(String team, String epic, String date, int planned,
                                                           int completed, int pointsPlanned, int pointsCompleted) {
        String retroId = UUID.randomUUID().toString();
        List<Retro.FollowThroughItem> followThrough = epic.equals("E-2")
                ? List.of(new Retro.FollowThroughItem("Add lint gate", ItemStatus.DONE, null),
                        new Retro.FollowThroughItem("Write runbook", ItemStatus.OPEN, null))
                : List.of();
        Retro retro = new Retro(new Retro.EpicRef(epic, "Epic " + epic), LocalDate.parse(date), null, List.of(),
                new Retro.Delivery(planned, completed, pointsPlanned, pointsCompleted, null), List.of(), List.of(),
                List.of(), followThrough, null, List.of());
        return EventEnvelope.wrap(new RetroSubmitted(retroId, team, retro), retroId, team, TraceContext.NONE, CLOCK);
    }

    @Test
    void overdueGaugeCountsLateOpenItemsFromTheSharedProjection() {
        String team = TestTeams.unique("overdue");
        TopicWriter.publish(debt(team, "td-1", null, ItemStatus.OPEN, 1, false));
        TopicWriter.publish(debt(team, "td-1", ItemStatus.OPEN, ItemStatus.OPEN, 2, true));   // the overdue check
        TopicWriter.publish(debt(team, "td-2", null, ItemStatus.OPEN, 1, false));            // open, not late

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(overdue(team)).hasValue(1.0));

        TopicWriter.publish(debt(team, "td-1", ItemStatus.OPEN, ItemStatus.DONE, 3, false));  // finished
        TopicWriter.publish(debt(team, "td-1", ItemStatus.OPEN, ItemStatus.OPEN, 2, true));   // stale replay
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(overdue(team)).isEmpty());
        assertThat(mongo.getCollection("item_states").countDocuments(
                new Document("_id", team + "-td-1").append("state", "DONE"))).isEqualTo(1);
    }

    private OptionalDouble overdue(String team) {
        return sample("retrotrack_action_items_overdue", Map.of("team", team, "kind", "DEBT", "priority",
                "CRITICAL"));
    }

    private static EventEnvelope<ActionItemStateChanged> debt(String team, String itemId, ItemStatus from,
                                                             ItemStatus to, long version, boolean overdue) {
        String id = team + "-" + itemId;
        return EventEnvelope.wrap(new ActionItemStateChanged(id, team, "E-1", ItemKind.DEBT, "Debt " + itemId,
                from, to, CLOCK.instant(), overdue ? ChangeCause.OVERDUE_CHECK : ChangeCause.RETRO, "retro-1",
                Priority.CRITICAL, LocalDate.of(2026, 11, 1), null, version, overdue, 0, null),
                id, team, TraceContext.NONE, CLOCK);
    }

    @Test
    void exposesOnlyHealthInfoAndPrometheusOverActuator() {
        assertThat(HttpJson.get(Management.url(managementPort, "/actuator/health")).statusCode()).isEqualTo(200);
        assertThat(HttpJson.get(Management.url(managementPort, "/actuator/env")).statusCode()).isEqualTo(404);
        assertThat(HttpJson.get(Management.url(managementPort, "/actuator/health")).body()).contains("\"mongo\"")
                .contains("UP");
    }

    private OptionalDouble items(String team, String state) {
        return sample("retrotrack_action_items", Map.of("team", team, "kind", "ACTION", "state", state));
    }

    private OptionalDouble sample(String metric, Map<String, String> labels) {
        return PrometheusScrape.value(Management.scrape(managementPort), metric, labels);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static EventEnvelope<RetroSubmitted> retroSubmitted(String team) {
        String retroId = UUID.randomUUID().toString();
        Retro retro = new Retro(new Retro.EpicRef("E-1", "Skeleton"), LocalDate.of(2026, 11, 20), null, List.of(),
                null, List.of(), List.of(), List.of(), List.of(), null,
                List.of(new Retro.ParseWarning(3, "table not understood"), new Retro.ParseWarning(9, "repaired")));
        return EventEnvelope.wrap(new RetroSubmitted(retroId, team, retro), retroId, team, TraceContext.NONE, CLOCK);
    }

    private static EventEnvelope<ActionItemStateChanged> change(String team, String itemId, ItemStatus from,
                                                               ItemStatus to, long version) {
        String id = team + "-" + itemId;
        return EventEnvelope.wrap(new ActionItemStateChanged(id, team, "E-1", ItemKind.ACTION, "Item " + itemId,
                from, to, CLOCK.instant(), ChangeCause.RETRO, "retro-1", Priority.HIGH, null, "Charlie", version, false, 0, null),
                id, team, TraceContext.NONE, CLOCK);
    }
}
