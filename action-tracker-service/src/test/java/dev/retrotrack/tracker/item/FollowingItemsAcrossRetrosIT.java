package dev.retrotrack.tracker.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.EventCodec;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.Retro;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.events.TraceContext;
import dev.retrotrack.events.Topics;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import dev.retrotrack.testing.TopicProbe;
import dev.retrotrack.testing.TopicWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The tracker's "done when": the three shared sample retros (as the parser reads them: its golden files), then a
 * later retro whose follow-through section reports on some of their items, leave exactly the right items in the
 * right states, with due dates and history, and one event per change.
 */
@RetrotrackIntegrationTest(properties = "retrotrack.tracker.overdue-initial-delay=1h")
class FollowingItemsAcrossRetrosIT {

    /** The parser's hand-checked golden files: one source of truth for what the samples say. */
    private static final Path GOLDEN = Path.of("../retro-ingest-service/src/test/resources/parsing/golden");

    @LocalServerPort
    int port;

    TopicProbe changes;

    @BeforeEach
    void openProbe() {
        changes = TopicProbe.on(Topics.ACTION_ITEM_CHANGED);
    }

    @AfterEach
    void closeProbe() {
        changes.close();
    }

    @Test
    void laterRetroFollowThroughMovesTheSampleItemsAndEveryChangeIsOneEvent() throws IOException {
        String team = TestTeams.unique("samples");
        // In the order they were held: DM-09 (2025-12-31), 0.6 (2026-01-02), 6 (2026-02-25), then DM-10.
        post(team, read(GOLDEN.resolve("003_8cedfb38adeec1d1.json")));
        post(team, read(GOLDEN.resolve("000_38001d1a66f0c17f.json")));
        post(team, read(GOLDEN.resolve("002_623814e9645e2a49.json")));
        int sampleItems = 21 + 26 + 4 + 4;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(total(team)).isEqualTo(sampleItems));

        EventEnvelope<RetroSubmitted> later = post(team, read(Path.of("src/test/resources/retros/"
                + "later-retro-with-follow-through.json")));
        String laterId = later.payload().retroId();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(report(laterId).statusCode()).isEqualTo(200));

        assertThat(total(team)).isEqualTo(sampleItems + 1);
        Map<String, String> byTitle = itemsByTitle(team);
        assertState(byTitle.get("Standardize Security Interceptor"), "DONE", "FOLLOW_THROUGH", laterId);
        assertState(byTitle.get("Mandatory \"Hardware Honest\" Planning"), "IN_PROGRESS", "FOLLOW_THROUGH", laterId);
        assertState(byTitle.get("Add PERCY_TOKEN to GitHub secrets"), "DONE", "FOLLOW_THROUGH", laterId);
        assertState(byTitle.get("Document DAPR threading model in project-context.md"), "DONE", "FOLLOW_THROUGH",
                laterId);
        assertState(byTitle.get("Run load tests on staging"), "DEFERRED", "FOLLOW_THROUGH", laterId);

        String report = report(laterId).body();
        assertThat((List<String>) JsonPath.read(report, "$.rows[?(@.itemId == null)].title"))
                .containsExactly("Migrate CI to GitHub Actions");
        assertThat((List<Object>) JsonPath.read(report, "$.rows[?(@.itemId != null)]")).hasSize(5);

        // Still open after three later retros (epics 0.6, 6, DM-10): carried over three times.
        String weakDebt = item(byTitle.get("WebSocket Mocking Placeholder"));
        assertThat((Integer) JsonPath.read(weakDebt, "$.carriedOver")).isEqualTo(3);
        assertThat((String) JsonPath.read(weakDebt, "$.dueDate")).isEqualTo("2026-03-31"); // LOW: 90 days
        // Done in the retro that raised it: never carried over.
        assertThat((Integer) JsonPath.read(item(byTitle.get("Insecure OTLP Exporter Configuration")),
                "$.carriedOver")).isZero();
        // "Document observability stack" was due "DM-10": it fell due when the DM-10 retro arrived.
        String milestone = item(byTitle.get("Document observability stack"));
        assertThat((String) JsonPath.read(milestone, "$.dueBasis")).isEqualTo("MILESTONE");
        assertThat((String) JsonPath.read(milestone, "$.dueDate")).isEqualTo("2026-03-20");
        // "DM-11" has not arrived: still waiting, no date.
        String waiting = item(byTitle.get("Fix RequestTimer label mismatch"));
        assertThat((String) JsonPath.read(waiting, "$.milestone")).isEqualTo("DM-11");
        assertThat((Object) JsonPath.read(waiting, "$.dueDate")).isNull();

        // One event per change: every history entry of every item is on the topic exactly once.
        int historyEntries = byTitle.values().stream().distinct()
                .mapToInt(id -> JsonPath.<List<Object>>read(item(id), "$.history").size()).sum();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(changesFor(team)).hasSize(historyEntries));
        Map<String, Long> perVersion = changesFor(team).stream().collect(Collectors.groupingBy(
                change -> change.payload().itemId() + "@" + change.payload().itemVersion(), Collectors.counting()));
        assertThat(perVersion.values()).containsOnly(1L);
    }

    private void assertState(String id, String status, String cause, String actor) {
        String item = item(id);
        assertThat((String) JsonPath.read(item, "$.status")).as(item).isEqualTo(status);
        // The entry that put it there says the later retro's follow-through did it (a "carried over" entry of the
        // same retro may follow it for items still open).
        assertThat((List<String>) JsonPath.read(item, "$.history[?(@.to == '" + status + "' && @.from != '" + status
                + "')].cause")).last().isEqualTo(cause);
        assertThat((List<String>) JsonPath.read(item, "$.history[?(@.to == '" + status + "' && @.from != '" + status
                + "')].actor")).last().isEqualTo(actor);
    }

    private List<EventEnvelope<ActionItemStateChanged>> changesFor(String team) {
        return changes.events(ActionItemStateChanged.class).stream().filter(e -> e.team().equals(team)).toList();
    }

    private static Retro read(Path json) throws IOException {
        return EventCodec.mapper().readValue(Files.readString(json), Retro.class);
    }

    /** Published as ingest would: the event stamped at the retro's own date, so the order is the retros' order. */
    private static EventEnvelope<RetroSubmitted> post(String team, Retro retro) {
        String retroId = UUID.randomUUID().toString();
        EventEnvelope<RetroSubmitted> event = EventEnvelope.wrap(new RetroSubmitted(retroId, team, retro), retroId,
                team, TraceContext.NONE, Clock.fixed(retro.date().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC),
                        ZoneOffset.UTC));
        TopicWriter.publish(event);
        return event;
    }

    private long total(String team) {
        return ((Number) JsonPath.read(get("/api/v1/teams/" + team + "/action-items?size=1").body(), "$.total"))
                .longValue();
    }

    /** Title → id over all the team's items (titles are unique in these retros except action/debt twins). */
    private Map<String, String> itemsByTitle(String team) {
        String page = get("/api/v1/teams/" + team + "/action-items?size=200").body();
        List<String> titles = JsonPath.read(page, "$.items[*].title");
        List<String> ids = JsonPath.read(page, "$.items[*].id");
        Map<String, String> byTitle = new java.util.HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            byTitle.putIfAbsent(titles.get(i), ids.get(i));
        }
        return byTitle;
    }

    private String item(String id) {
        HttpResponse<String> response = get("/api/v1/action-items/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> report(String retroId) {
        return get("/api/v1/retros/" + retroId + "/follow-through");
    }

    private HttpResponse<String> get(String path) {
        return HttpJson.get("http://localhost:" + port + path);
    }
}
