package dev.retrotrack.ingest.sprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.StoryFinished;
import dev.retrotrack.events.StoryPlanned;
import dev.retrotrack.events.StoryReopened;
import dev.retrotrack.events.StoryStarted;
import dev.retrotrack.events.Topics;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import dev.retrotrack.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@RetrotrackIntegrationTest
class SendingSprintStatusIT {

    private static final String YAML = "application/yaml";
    private static final String SPRINT_1 = """
            # generated: 2026-11-20
            development_status:
              epic-1: contexted
              1-1-project-setup: done
              1-2-account-management: in-progress   # started this sprint
              1-3-login: drafted
              epic-1-retrospective: optional
            """;

    @LocalServerPort
    int port;

    TopicProbe stories;

    @BeforeEach
    void openProbe() {
        stories = TopicProbe.on(Topics.STORY_CHANGED);
    }

    @AfterEach
    void closeProbe() {
        stories.close();
    }

    @Test
    void storiesArePlannedStartFinishAndReopenOnceAndTheSameFileAgainPublishesNothing() {
        String team = TestTeams.unique("sprint");

        HttpResponse<String> first = put(team, SPRINT_1);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(first.body(), "$.changes[*].event"))
                .containsExactly("StoryPlanned", "StoryFinished", "StoryPlanned", "StoryStarted", "StoryPlanned");
        assertThat(put(team, SPRINT_1).body()).contains("\"changes\":[]");

        HttpResponse<String> next = put(team, SPRINT_1
                .replace("1-1-project-setup: done", "1-1-project-setup: in-progress")
                .replace("1-2-account-management: in-progress", "1-2-account-management: done"));
        assertThat((List<String>) JsonPath.read(next.body(), "$.changes[*].event"))
                .containsExactly("StoryReopened", "StoryStarted", "StoryFinished");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(eventsOf(team)).hasSize(8));
        assertThat(eventsOf(team)).extracting(event -> event.type(), event -> event.subject()).containsExactly(
                tuple("StoryPlanned", "1-1-project-setup"), tuple("StoryFinished", "1-1-project-setup"),
                tuple("StoryPlanned", "1-2-account-management"), tuple("StoryStarted", "1-2-account-management"),
                tuple("StoryPlanned", "1-3-login"),
                tuple("StoryReopened", "1-1-project-setup"), tuple("StoryStarted", "1-1-project-setup"),
                tuple("StoryFinished", "1-2-account-management"));
        assertThat(eventsOf(team).get(7).as(StoryFinished.class).payload().previousStatus()).isEqualTo("in-progress");
        assertThat(eventsOf(team).get(5).as(StoryReopened.class).payload().status()).isEqualTo("in-progress");
        assertThat(eventsOf(team).get(3).as(StoryStarted.class).payload().epicId()).isEqualTo("1");
        assertThat(eventsOf(team).get(4).as(StoryPlanned.class).payload().status()).isEqualTo("drafted");
    }

    @Test
    void unknownWordsAreKeptWithAWarning() {
        HttpResponse<String> response = put(TestTeams.unique("sprint"),
                "development_status:\n  2-3-coupons: moved-to-epic-4\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(response.body(), "$.warnings"))
                .containsExactly("story '2-3-coupons' has the unknown status 'moved-to-epic-4' (kept)");
    }

    @Test
    void badFilesAreRefusedWithProblemsNamingTheLine() {
        String team = TestTeams.unique("sprint");

        HttpResponse<String> broken = put(team, "development_status:\n  epic-1: done\n  - broken: [\n");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((Integer) JsonPath.read(broken.body(), "$.line")).isBetween(2, 4);
        assertThat((String) JsonPath.read(broken.body(), "$.detail")).contains("not valid YAML");

        HttpResponse<String> notSprintStatus = put(team, "project: checkout\n");
        assertThat(notSprintStatus.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(notSprintStatus.body(), "$.detail")).contains("development_status");

        HttpResponse<String> huge = put(team, "development_status:\n" + "  1-1-x: done\n".repeat(20_000));
        assertThat(huge.statusCode()).isEqualTo(413);

        HttpResponse<String> json = HttpJson.send("PUT", url(team), "application/json", "{}");
        assertThat(json.statusCode()).isEqualTo(415);
    }

    @Test
    void webhookStoryEventsFollowTheSameRulesAndCarryTheirTimeAndPoints() {
        String team = TestTeams.unique("hook");
        String url = "http://localhost:" + port + "/api/v1/teams/" + team + "/stories/PAY-12/events";

        HttpResponse<String> started = HttpJson.post(url, "application/json", "{\"status\": \"in-progress\"}");
        HttpResponse<String> finished = HttpJson.post(url, "application/json",
                "{\"status\": \"done\", \"points\": 3, \"at\": \"2026-11-20T14:30:00Z\"}");
        HttpResponse<String> again = HttpJson.post(url, "application/json",
                "{\"status\": \"done\", \"points\": 3, \"at\": \"2026-11-20T14:30:00Z\"}");

        assertThat((List<String>) JsonPath.read(started.body(), "$.changes[*].event"))
                .containsExactly("StoryPlanned", "StoryStarted");
        assertThat((List<String>) JsonPath.read(finished.body(), "$.changes[*].event"))
                .containsExactly("StoryFinished");
        assertThat(again.body()).contains("\"changes\":[]");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(eventsOf(team)).hasSize(3));
        StoryFinished done = eventsOf(team).get(2).as(StoryFinished.class).payload();
        assertThat(done.points()).isEqualTo(3);
        assertThat(done.at()).isEqualTo(java.time.Instant.parse("2026-11-20T14:30:00Z"));
        assertThat(done.epicId()).isNull();

        assertThat(HttpJson.post(url, "application/json", "{\"status\": \"done\", \"assignee\": \"x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(HttpJson.post(url, "application/json", "{\"points\": 3}").statusCode()).isEqualTo(400);
        assertThat(HttpJson.post(url, "application/json", "{\"status\": \"done\", \"points\": -1}")
                .statusCode()).isEqualTo(400);
        assertThat(HttpJson.post(url, "application/json", "{\"status\": \"done\", \"at\": \"yesterday\"}")
                .statusCode()).isEqualTo(400);
    }

    private List<EventEnvelope<?>> eventsOf(String team) {
        return stories.poll().stream().map(record -> dev.retrotrack.events.EventCodec.decode(record.value()))
                .<EventEnvelope<?>>map(event -> event).filter(event -> event.team().equals(team)).toList();
    }

    private HttpResponse<String> put(String team, String body) {
        return HttpJson.send("PUT", url(team), YAML, body);
    }

    private String url(String team) {
        return "http://localhost:" + port + "/api/v1/teams/" + team + "/sprint-status";
    }
}
