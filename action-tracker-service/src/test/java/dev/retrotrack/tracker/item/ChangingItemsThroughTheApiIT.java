package dev.retrotrack.tracker.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.Retro;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.events.TraceContext;
import dev.retrotrack.events.Topics;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import dev.retrotrack.testing.TopicProbe;
import dev.retrotrack.testing.TopicWriter;
import dev.retrotrack.tracker.item.application.OverdueCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** People change items through the API; the overdue check marks late ones; every change is one event. */
@RetrotrackIntegrationTest(properties = "retrotrack.tracker.overdue-initial-delay=1h")
class ChangingItemsThroughTheApiIT {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    OverdueCheck overdueCheck;

    TopicProbe changes;
    String team;

    @BeforeEach
    void seed() {
        changes = TopicProbe.on(Topics.ACTION_ITEM_CHANGED);
        team = TestTeams.unique("api");
        // Held 60 days ago: the critical debt item without a deadline (due after 7 days) is long overdue.
        LocalDate held = LocalDate.now(ZoneOffset.UTC).minusDays(60);
        Retro retro = new Retro(new Retro.EpicRef("E-3", "Payments"), held, "Bob", List.of(), null, List.of(),
                List.of(new Retro.ActionItem("Add lint gate", "Charlie", null, null, null, Priority.HIGH,
                        ItemStatus.DONE, null, null)),
                List.of(new Retro.TechDebtItem("TD-3-1", "Flaky invoice test", Priority.CRITICAL, null, null, null,
                                null),
                        new Retro.TechDebtItem("TD-3-2", "Leaked connection pool", Priority.CRITICAL, null, null,
                                ItemStatus.DONE, null)),
                List.of(), null, List.of());
        String retroId = UUID.randomUUID().toString();
        TopicWriter.publish(EventEnvelope.wrap(new RetroSubmitted(retroId, team, retro), retroId, team,
                TraceContext.NONE, Clock.fixed(held.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat((Integer) JsonPath.read(get("/api/v1/teams/" + team + "/action-items").body(), "$.total"))
                        .isEqualTo(3));
    }

    @AfterEach
    void closeProbe() {
        changes.close();
    }

    @Test
    void transitionWithTheCurrentVersionMovesTheItemAndPublishesTheChange() {
        String id = idOf("Flaky invoice test");

        HttpResponse<String> moved = transition(id, "{\"to\": \"IN_PROGRESS\", \"actor\": \"alice\"}", "\"1\"");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(moved.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat((String) JsonPath.read(moved.body(), "$.status")).isEqualTo("IN_PROGRESS");
        assertThat((String) JsonPath.read(moved.body(), "$.history[-1].actor")).isEqualTo("alice");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(changesOf(id))
                .anySatisfy(change -> {
                    assertThat(change.from()).isEqualTo(ItemStatus.OPEN);
                    assertThat(change.to()).isEqualTo(ItemStatus.IN_PROGRESS);
                    assertThat(change.cause()).isEqualTo(ChangeCause.API);
                    assertThat(change.actor()).isEqualTo("alice");
                    assertThat(change.itemVersion()).isEqualTo(2);
                }));
    }

    @Test
    void staleVersionIsRefusedWith412AndTheCurrentVersion() {
        String id = idOf("Flaky invoice test");
        assertThat(transition(id, "{\"to\": \"IN_PROGRESS\"}", "\"1\"").statusCode()).isEqualTo(200);

        HttpResponse<String> stale = transition(id, "{\"to\": \"DONE\"}", "\"1\"");

        assertProblem(stale, 412, "stale-version");
        assertThat((Integer) JsonPath.read(stale.body(), "$.currentVersion")).isEqualTo(2);
        assertThat((String) JsonPath.read(get("/api/v1/action-items/" + id).body(), "$.status"))
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void illegalTransitionIsRefusedWith409SayingWhatIsAllowed() {
        String done = idOf("Add lint gate");

        HttpResponse<String> refused = transition(done, "{\"to\": \"BLOCKED\"}", null);

        assertProblem(refused, 409, "illegal-transition");
        assertThat((String) JsonPath.read(refused.body(), "$.detail")).contains("[OPEN, IN_PROGRESS, DROPPED]");
        assertProblem(transition(idOf("Flaky invoice test"), "{\"to\": \"DROPPED\"}", null), 409,
                "illegal-transition");
    }

    @Test
    void badTransitionBodiesAreRefusedWith400() {
        String id = idOf("Flaky invoice test");

        assertProblem(transition(id, "{\"to\": \"FINISHED\"}", null), 400, "invalid-request");
        assertProblem(transition(id, "{\"reason\": \"no target\"}", null), 400, "invalid-request");
        assertProblem(transition(id, "{\"to\": \"DONE\", \"status\": \"DONE\"}", null), 400, "invalid-request");
        assertProblem(transition(id, "[1, 2]", null), 400, "malformed-body");
        // A free-form body (a JSON object) is still bounded: 100 levels deep is refused before it is read whole.
        HttpResponse<String> deep = transition(id, "{\"to\": \"DONE\", \"actor\": "
                + "{\"a\": ".repeat(100) + "1" + "}".repeat(100) + "}", null);
        assertProblem(deep, 400, "malformed-body");
        assertThat((String) JsonPath.read(deep.body(), "$.detail")).containsIgnoringCase("nesting depth");
        assertThat((String) JsonPath.read(get("/api/v1/action-items/" + id).body(), "$.status")).isEqualTo("OPEN");
    }

    @Test
    void patchChangesOwnerPriorityAndDueDateAndRefusesAnythingElse() {
        String id = idOf("Flaky invoice test");

        HttpResponse<String> unknown = patch(id, "{\"owner\": \"Dana\", \"status\": \"DONE\"}");
        assertProblem(unknown, 400, "invalid-request");
        assertThat((String) JsonPath.read(unknown.body(), "$.detail")).contains("[status]");
        assertProblem(patch(id, "{\"priority\": \"URGENT\"}"), 400, "invalid-request");
        assertProblem(patch(id, "{\"dueDate\": \"tomorrow\"}"), 400, "invalid-request");
        assertProblem(patch(id, "{\"owner\": null}"), 400, "invalid-request");

        String future = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
        HttpResponse<String> edited = patch(id, "{\"owner\": \"Dana\", \"priority\": \"HIGH\", \"dueDate\": \""
                + future + "\"}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(edited.body(), "$.owner")).isEqualTo("Dana");
        assertThat((String) JsonPath.read(edited.body(), "$.priority")).isEqualTo("HIGH");
        assertThat((String) JsonPath.read(edited.body(), "$.dueDate")).isEqualTo(future);
        assertThat((String) JsonPath.read(edited.body(), "$.dueBasis")).isEqualTo("MANUAL");
        assertThat((String) JsonPath.read(edited.body(), "$.status")).isEqualTo("OPEN");
    }

    @Test
    void overdueCheckMarksEachLateOpenItemOnceAndNeverAFinishedOne() {
        String late = idOf("Flaky invoice test");

        overdueCheck.run();
        overdueCheck.run();

        assertThat((List<String>) JsonPath.read(get("/api/v1/teams/" + team + "/action-items?overdue=true").body(),
                "$.items[*].id")).containsExactly(late);
        // A later change of the same item fences the overdue event: once it is on the topic, a duplicate would be.
        assertThat(transition(late, "{\"to\": \"IN_PROGRESS\"}", null).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(changesOf(late))
                .anySatisfy(change -> assertThat(change.to()).isEqualTo(ItemStatus.IN_PROGRESS)));
        List<ActionItemStateChanged> overdue = changesOf(late).stream()
                .filter(change -> change.cause() == ChangeCause.OVERDUE_CHECK).toList();
        assertThat(overdue).singleElement().satisfies(change -> assertThat(change.overdue()).isTrue());
        assertThat(changesOfTeam()).noneMatch(change -> change.cause() == ChangeCause.OVERDUE_CHECK
                && !change.itemId().equals(late));
    }

    @Test
    void filterValuesAreDataNeverQueryOperators() {
        String base = "/api/v1/teams/" + team + "/action-items";

        assertThat(total(base + "?epic=%7B%22%24ne%22%3Anull%7D")).isZero();
        assertThat(total(base + "?owner=%24where")).isZero();
        assertThat(total(base + "?owner=Char.*")).isZero();
        assertThat(total(base + "?owner%5B%24ne%5D=nobody")).isEqualTo(3); // not a filter at all: ignored
        assertProblem(get(base + "?kind=%7B%22%24ne%22%3A%22ACTION%22%7D"), 400, "invalid-request");
        assertThat(total(base + "?epic=E-3")).isEqualTo(3);
    }

    private String idOf(String title) {
        String page = get("/api/v1/teams/" + team + "/action-items?size=200").body();
        List<String> ids = JsonPath.read(page, "$.items[?(@.title == '" + title + "')].id");
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }

    private List<ActionItemStateChanged> changesOf(String id) {
        return changes.events(ActionItemStateChanged.class).stream().map(EventEnvelope::payload)
                .filter(change -> change.itemId().equals(id)).toList();
    }

    private List<ActionItemStateChanged> changesOfTeam() {
        return changes.events(ActionItemStateChanged.class).stream().map(EventEnvelope::payload)
                .filter(change -> change.team().equals(team)).toList();
    }

    private int total(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.total");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((String) JsonPath.read(response.body(), "$.type")).endsWith("/" + type);
        assertThat((String) JsonPath.read(response.body(), "$.detail")).isNotBlank();
    }

    private HttpResponse<String> transition(String id, String body, String ifMatch) {
        String url = "http://localhost:" + port + "/api/v1/action-items/" + id + "/transitions";
        return ifMatch == null ? HttpJson.post(url, JSON, body)
                : HttpJson.send("POST", url, JSON, body, "If-Match", ifMatch);
    }

    private HttpResponse<String> patch(String id, String body) {
        return HttpJson.send("PATCH", "http://localhost:" + port + "/api/v1/action-items/" + id,
                "application/merge-patch+json", body);
    }

    private HttpResponse<String> get(String path) {
        return HttpJson.get("http://localhost:" + port + path);
    }
}
