package dev.retrotrack.ingest.retro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.RetroSubmitted;
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
class SubmittingRetrosIT {

    private static final String RETRO = """
            {"epic": {"id": "E-7", "title": "Billing"}, "date": "2026-11-20", "facilitator": "Bob",
             "participants": ["Alice", "Charlie"],
             "delivery": {"storiesPlanned": 5, "storiesCompleted": 4, "pointsPlanned": 21, "pointsCompleted": 18,
                          "testsAdded": 30},
             "actionItems": [{"title": "Add lint gate", "owner": "Charlie", "deadline": "next sprint",
                              "priority": "HIGH", "status": "OPEN"}],
             "techDebt": [{"id": "TD-7-1", "title": "Flaky invoice test", "priority": "CRITICAL"}]}
            """;

    @LocalServerPort
    int port;

    TopicProbe submitted;

    @BeforeEach
    void openProbe() {
        submitted = TopicProbe.on(Topics.RETRO_SUBMITTED);
    }

    @AfterEach
    void closeProbe() {
        submitted.close();
    }

    @Test
    void acceptsRetroPublishesItKeyedByTeamAndServesTheReceipt() {
        String team = TestTeams.unique("billing");

        HttpResponse<String> response = HttpJson.post(retros(team), "application/json", RETRO);

        assertThat(response.statusCode()).isEqualTo(202);
        String retroId = JsonPath.read(response.body(), "$.retroId");
        assertThat(response.headers().firstValue("Location"))
                .hasValue("http://localhost:" + port + "/api/v1/teams/" + team + "/retros/" + retroId);
        assertThat((String) JsonPath.read(response.body(), "$.status")).isEqualTo("PUBLISHED");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(submitted.poll())
                .anySatisfy(record -> assertThat(record.key()).isEqualTo(team)));
        EventEnvelope<RetroSubmitted> event = submitted.events(RetroSubmitted.class).stream()
                .filter(e -> e.payload().retroId().equals(retroId)).findFirst().orElseThrow();
        assertThat(event.team()).isEqualTo(team);
        assertThat(event.subject()).isEqualTo(retroId);
        assertThat(event.payload().retro().date()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(event.payload().retro().actionItems()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Add lint gate");
            assertThat(item.owner()).isEqualTo("Charlie");
            assertThat(item.priority()).isEqualTo(Priority.HIGH);
            assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        });
        assertThat(event.payload().retro().techDebt()).singleElement()
                .satisfies(debt -> assertThat(debt.id()).isEqualTo("TD-7-1"));

        HttpResponse<String> receipt = HttpJson.get(response.headers().firstValue("Location").orElseThrow());
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(receipt.body(), "$.retro.epic.id")).isEqualTo("E-7");
    }

    @Test
    void refusesRetroWithoutEpicNamingTheField() {
        HttpResponse<String> response = HttpJson.post(retros(TestTeams.unique("billing")), "application/json",
                "{\"actionItems\": [{\"title\": \" \"}]}");

        assertProblem(response, 400, "https://retrotrack.dev/problems/invalid-retro");
        assertThat((java.util.List<String>) JsonPath.read(response.body(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("epic.id", "actionItems[0].title");
    }

    @Test
    void refusesMalformedJsonSayingWhere() {
        HttpResponse<String> response = HttpJson.post(retros(TestTeams.unique("billing")), "application/json",
                "{\"epic\": {\"id\": \"E-1\"},\n \"date\": \"yesterday\"}");

        assertProblem(response, 400, "https://retrotrack.dev/problems/malformed-body");
        assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("line 2").contains("date");
    }

    @Test
    void refusesUnknownFieldsInsteadOfIgnoringThem() {
        HttpResponse<String> response = HttpJson.post(retros(TestTeams.unique("billing")), "application/json",
                "{\"epic\": {\"id\": \"E-1\"}, \"actionitems\": []}");

        assertProblem(response, 400, "https://retrotrack.dev/problems/malformed-body");
        assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("actionitems");
    }

    @Test
    void refusesInvalidTeamName() {
        HttpResponse<String> response = HttpJson.post(retros("no%20spaces"), "application/json", RETRO);

        assertProblem(response, 400, "https://retrotrack.dev/problems/invalid-team");
    }

    @Test
    void refusesUnsupportedContentType() {
        HttpResponse<String> response = HttpJson.post(retros("billing"), "application/xml", "<retro/>");

        assertProblem(response, 415, "https://retrotrack.dev/problems/unsupported-media-type");
    }

    @Test
    void answersUnknownRetroWithNotFoundProblem() {
        HttpResponse<String> response = HttpJson.get(retros("billing") + "/does-not-exist");

        assertProblem(response, 404, "https://retrotrack.dev/problems/not-found");
    }

    private String retros(String team) {
        return "http://localhost:" + port + "/api/v1/teams/" + team + "/retros";
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).as("problem body").isNotBlank();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((String) JsonPath.read(response.body(), "$.type")).isEqualTo(type);
        assertThat((String) JsonPath.read(response.body(), "$.detail")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.retrotrack");
    }
}
