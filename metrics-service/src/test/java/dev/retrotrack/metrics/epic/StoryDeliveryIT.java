package dev.retrotrack.metrics.epic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.jayway.jsonpath.JsonPath;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.EventPayload;
import dev.retrotrack.events.StoryFinished;
import dev.retrotrack.events.StoryPlanned;
import dev.retrotrack.events.StoryReopened;
import dev.retrotrack.events.StoryStarted;
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
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Story events through real Kafka become epic figures, a lead-time histogram and the epic read API. */
@RetrotrackIntegrationTest
class StoryDeliveryIT {

    private static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MongoTemplate mongo;

    @Test
    void storyEventsGiveEpicFiguresLeadTimesAndTheReadApiEachEventCountedOnce() {
        String team = TestTeams.unique("stories");
        EventEnvelope<?> finishedA = event(team, new StoryFinished("1-1-a", "1", team, at(2), "in-progress", 3));
        List<EventEnvelope<?>> history = List.of(
                event(team, new StoryPlanned("1-1-a", "1", team, at(0), "ready-for-dev")),
                event(team, new StoryPlanned("1-2-b", "1", team, at(0), "backlog")),
                event(team, new StoryPlanned("1-3-c", "1", team, at(0), "backlog")),
                event(team, new StoryPlanned("2-1-a", "2", team, at(0), "backlog")),
                event(team, new StoryStarted("1-1-a", "1", team, at(0), "ready-for-dev")),
                finishedA,
                finishedA,                                                                 // redelivered
                event(team, new StoryStarted("1-2-b", "1", team, at(1), "backlog")),
                event(team, new StoryFinished("1-2-b", "1", team, at(4), "review", 5)),  // 3 days
                event(team, new StoryReopened("1-2-b", "1", team, at(5), "done", "in-progress")),
                event(team, new StoryStarted("1-2-b", "1", team, at(5), "done")),
                event(team, new StoryFinished("1-2-b", "1", team, at(6), "review", 5)));  // first finish counts
        history.forEach(TopicWriter::publish);
        EventEnvelope<?> fence = event(team, new StoryPlanned("2-2-b", "2", team, at(7), "backlog"));
        TopicWriter.publish(fence);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("stories")
                .countDocuments(new Document("_id", team + "~2-2-b")) == 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(sample("retrotrack_epic_stories", Map.of("team", team, "epic", "1", "state", "planned")))
                    .hasValue(3.0);
            assertThat(sample("retrotrack_epic_stories", Map.of("team", team, "epic", "1", "state", "completed")))
                    .hasValue(2.0);
            assertThat(sample("retrotrack_epic_completion_ratio", Map.of("team", team, "epic", "1")))
                    .hasValue(2.0 / 3);
            assertThat(sample("retrotrack_epic_stories", Map.of("team", team, "epic", "2", "state", "planned")))
                    .hasValue(2.0);
            assertThat(sample("retrotrack_epic_stories", Map.of("team", team, "epic", "2", "state", "completed")))
                    .hasValue(0.0);
            // 1-3-c has no points yet, so epic 1's points are unknown rather than wrong
            assertThat(sample("retrotrack_epic_points", Map.of("team", team, "epic", "1"))).isEmpty();
            // two lead times: 2 days (1-1-a) and 3 days (1-2-b's first finish)
            assertThat(sample("retrotrack_story_lead_time_seconds_count", Map.of("team", team))).hasValue(2.0);
            assertThat(sample("retrotrack_story_lead_time_seconds_sum", Map.of("team", team)))
                    .hasValue(5 * 86_400.0);
            assertThat(sample("retrotrack_story_lead_time_seconds_bucket", Map.of("team", team, "le", "86400.0")))
                    .hasValue(0.0);
            assertThat(sample("retrotrack_story_lead_time_seconds_bucket", Map.of("team", team, "le", "172800.0")))
                    .hasValue(1.0);
            assertThat(sample("retrotrack_story_lead_time_seconds_bucket", Map.of("team", team, "le", "259200.0")))
                    .hasValue(2.0);
            assertThat(sample("retrotrack_story_lead_time_seconds_bucket", Map.of("team", team, "le", "+Inf")))
                    .hasValue(2.0);
        });

        HttpResponse<String> epics = HttpJson.get(base() + "/api/v1/teams/" + team + "/epics");
        assertThat(epics.statusCode()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(epics.body(), "$.epics[*].epic")).containsExactly("2", "1");
        assertThat((Integer) JsonPath.read(epics.body(), "$.epics[1].storiesCompleted")).isEqualTo(2);
        assertThat((String) JsonPath.read(epics.body(), "$.epics[1].source")).isEqualTo("stories");

        HttpResponse<String> epic = HttpJson.get(base() + "/api/v1/teams/" + team + "/epics/Epic%201");
        assertThat(epic.statusCode()).isEqualTo(200);
        // lead time is first start to first finish, in the API as in the histogram: 1-2-b's reopen changes nothing
        assertThat((List<Integer>) JsonPath.read(epic.body(), "$.stories[*].leadTimeSeconds"))
                .containsExactly(2 * 86_400, 3 * 86_400, null);
        assertThat((Integer) JsonPath.read(epic.body(), "$.epic.leadTime.medianSeconds")).isEqualTo(216_000);

        HttpResponse<String> missing = HttpJson.get(base() + "/api/v1/teams/" + team + "/epics/9");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((String) JsonPath.read(missing.body(), "$.detail")).contains("/api/v1/teams/" + team + "/epics");
        assertThat(HttpJson.get(base() + "/api/v1/teams/no%20spaces/epics").statusCode()).isEqualTo(400);
    }

    private static Instant at(int days) {
        return MONDAY.plus(Duration.ofDays(days));
    }

    private static EventEnvelope<?> event(String team, EventPayload payload) {
        return EventEnvelope.wrap(payload, team, team, TraceContext.NONE, Clock.fixed(MONDAY, ZoneOffset.UTC));
    }

    private OptionalDouble sample(String metric, Map<String, String> labels) {
        return PrometheusScrape.value(Management.scrape(managementPort), metric, labels);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
