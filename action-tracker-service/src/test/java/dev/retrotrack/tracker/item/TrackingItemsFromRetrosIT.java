package dev.retrotrack.tracker.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.Retro;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.events.StoryPlanned;
import dev.retrotrack.events.StoryStarted;
import dev.retrotrack.events.TraceContext;
import dev.retrotrack.events.Topics;
import dev.retrotrack.support.messaging.DeadLetterHeaders;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import dev.retrotrack.testing.TopicProbe;
import dev.retrotrack.testing.TopicWriter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RetrotrackIntegrationTest(properties = "retrotrack.tracker.overdue-initial-delay=1h")
class TrackingItemsFromRetrosIT {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    TopicProbe changes;
    TopicProbe deadLetters;

    @BeforeEach
    void openProbes() {
        changes = TopicProbe.on(Topics.ACTION_ITEM_CHANGED);
        deadLetters = TopicProbe.on(Topics.DEAD_LETTER);
    }

    @AfterEach
    void closeProbes() {
        changes.close();
        deadLetters.close();
    }

    @Test
    void tracksEveryActionAndDebtItemOfARetroAndAnnouncesEachOnce() {
        String team = TestTeams.unique("phoenix");
        EventEnvelope<RetroSubmitted> event = submitted(team, retro());

        TopicWriter.publish(event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(titles(list(team, ""))).containsExactlyInAnyOrder(
                        "Add lint gate", "Document the release process", "Flaky invoice test"));
        String page = list(team, "").body();
        assertThat((Integer) JsonPath.read(page, "$.total")).isEqualTo(3);
        // soonest due first: the critical debt item (7 days' service level from 2026-11-20) leads
        assertThat((List<String>) JsonPath.read(page, "$.items[*].title"))
                .containsExactly("Flaky invoice test", "Add lint gate", "Document the release process");
        assertThat((List<String>) JsonPath.read(page, "$.items[*].dueDate"))
                .containsExactly("2026-11-27", "2026-12-01", "2026-12-20");

        // A later retro of the same team (same partition) fences the first: once its item is announced, any
        // duplicate announcement of the first three would have been published before it.
        TopicWriter.publish(submitted(team, fence()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(changesFor(team))
                .anySatisfy(change -> assertThat(change.payload().title()).isEqualTo("Fence item")));
        List<EventEnvelope<ActionItemStateChanged>> announced = changesFor(team).stream()
                .filter(change -> !change.payload().title().equals("Fence item")).toList();
        assertThat(announced).hasSize(3);
        assertThat(announced).allSatisfy(change -> {
            assertThat(change.payload().from()).isNull();
            assertThat(change.payload().to()).isEqualTo(ItemStatus.OPEN);
            assertThat(change.payload().cause()).isEqualTo(ChangeCause.RETRO);
            assertThat(change.payload().actor()).isEqualTo(event.payload().retroId());
            assertThat(change.payload().itemVersion()).isEqualTo(1);
        });
        assertThat(announced).extracting(change -> change.payload().kind())
                .containsExactlyInAnyOrder(ItemKind.ACTION, ItemKind.ACTION, ItemKind.DEBT);
    }

    @Test
    void redeliveredAndRepostedRetrosCreateNoDuplicatesAndNoNewEvents() {
        String team = TestTeams.unique("phoenix");
        EventEnvelope<RetroSubmitted> event = submitted(team, retro());
        TopicWriter.publish(event);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(changesFor(team)).hasSize(3));

        TopicWriter.publish(event);                           // the same event redelivered
        TopicWriter.publish(submitted(team, retro()));        // the same retro posted again
        // A later retro of the same team (same partition) with one new item fences the two records above.
        TopicWriter.publish(submitted(team, fence()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(changesFor(team)).hasSize(4));

        assertThat((Integer) JsonPath.read(list(team, "").body(), "$.total")).isEqualTo(4);
        assertThat(changesFor(team)).extracting(change -> change.payload().title())
                .containsExactlyInAnyOrder("Add lint gate", "Document the release process", "Flaky invoice test",
                        "Fence item");
    }

    private static Retro fence() {
        return new Retro(new Retro.EpicRef("E-7", "Billing"), null, null, List.of(), null, List.of(),
                List.of(new Retro.ActionItem("Fence item", null, null, null, null, null, null, null, null)),
                List.of(), List.of(), null, List.of());
    }

    @Test
    void filtersByKindAndPriorityAndServesOneItemWithItsHistory() {
        String team = TestTeams.unique("phoenix");
        TopicWriter.publish(submitted(team, retro()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat((Integer) JsonPath.read(list(team, "").body(), "$.total")).isEqualTo(3));

        HttpResponse<String> debt = list(team, "?kind=DEBT&priority=CRITICAL");
        assertThat(titles(debt)).containsExactly("Flaky invoice test");
        String id = JsonPath.read(debt.body(), "$.items[0].id");

        HttpResponse<String> item = HttpJson.get("http://localhost:" + port + "/api/v1/action-items/" + id);
        assertThat(item.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(item.body(), "$.debtId")).isEqualTo("TD-7-1");
        assertThat((List<String>) JsonPath.read(item.body(), "$.history[*].cause")).containsExactly("RETRO");
    }

    @Test
    void aMilestoneDeadlineFallsDueWhenTheFirstStoryOfThatEpicStartsNotWhenItIsPlanned() {
        String team = TestTeams.unique("milestone");
        Retro retro = new Retro(new Retro.EpicRef("8", "Search"), LocalDate.of(2026, 11, 2), null, List.of(), null,
                List.of(), List.of(new Retro.ActionItem("Load-test the search API", "Erin", "Before Epic 9", null,
                        null, Priority.HIGH, null, null, null)), List.of(), List.of(), null, List.of());
        TopicWriter.publish(submitted(team, retro));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat((Integer) JsonPath.read(list(team, "").body(), "$.total")).isEqualTo(1));
        String id = JsonPath.read(list(team, "").body(), "$.items[0].id");

        Clock monday = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);
        TopicWriter.publish(EventEnvelope.wrap(new StoryPlanned("9-1-facets", "9", team, monday.instant(),
                "backlog"), "9-1-facets", team, TraceContext.NONE, monday));
        TopicWriter.publish(EventEnvelope.wrap(new StoryStarted("9-1-facets", "9", team,
                Instant.parse("2026-11-25T10:00:00Z"), "ready-for-dev"), "9-1-facets", team, TraceContext.NONE,
                monday));
        TopicWriter.publish(EventEnvelope.wrap(new StoryStarted("9-2-ranking", "9", team,
                Instant.parse("2026-11-27T10:00:00Z"), "backlog"), "9-2-ranking", team, TraceContext.NONE, monday));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> item = HttpJson.get("http://localhost:" + port + "/api/v1/action-items/" + id);
            assertThat((String) JsonPath.read(item.body(), "$.dueDate")).isEqualTo("2026-11-25");
            assertThat((List<String>) JsonPath.read(item.body(), "$.history[*].cause"))
                    .containsExactly("RETRO", "STORY");
            assertThat((String) JsonPath.read(item.body(), "$.history[1].actor"))
                    .isEqualTo("9-1-facets");
        });
    }

    @Test
    void anItemRaisedAfterItsMilestoneEpicStartedIsDueFromThatEpicsFirstStart() {
        String team = TestTeams.unique("started");
        Clock now = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);
        // Epic 9's work began before epic 8's retro was posted: the two arrive on different topics.
        TopicWriter.publish(EventEnvelope.wrap(new StoryStarted("9-2-ranking", "9", team,
                Instant.parse("2026-11-20T10:00:00Z"), "backlog"), "9-2-ranking", team, TraceContext.NONE, now));
        TopicWriter.publish(EventEnvelope.wrap(new StoryStarted("9-1-facets", "9", team,
                Instant.parse("2026-11-18T10:00:00Z"), "backlog"), "9-1-facets", team, TraceContext.NONE, now));
        Retro retro = new Retro(new Retro.EpicRef("8", "Search"), LocalDate.of(2026, 11, 21), null, List.of(), null,
                List.of(), List.of(new Retro.ActionItem("Load-test the search API", "Erin", "Before Epic 9", null,
                        null, Priority.HIGH, null, null, null)), List.of(), List.of(), null, List.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> epicStarted(team));
        TopicWriter.publish(submitted(team, retro));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat((Integer) JsonPath.read(list(team, "").body(), "$.total")).isEqualTo(1));
        String id = JsonPath.read(list(team, "").body(), "$.items[0].id");
        HttpResponse<String> item = HttpJson.get("http://localhost:" + port + "/api/v1/action-items/" + id);
        // the earliest start counts, whatever order the story events came in
        assertThat((String) JsonPath.read(item.body(), "$.dueDate")).isEqualTo("2026-11-18");
        assertThat((List<String>) JsonPath.read(item.body(), "$.history[*].actor"))
                .containsExactly(JsonPath.read(item.body(), "$.firstRetroId"), "9-1-facets");
    }

    /** Both story events of the test have been handled: epic 9's start is stored with the earlier one. */
    private boolean epicStarted(String team) {
        org.bson.Document start = mongo.getCollection("epic_starts").find(new org.bson.Document("_id", team + "~9"))
                .first();
        return start != null && "9-1-facets".equals(start.getString("story"));
    }

    @Test
    void refusesUnknownFilterValuesAndPageSizesWithProblems() {
        assertThat(list("phoenix", "?status=FINISHED").statusCode()).isEqualTo(400);
        assertThat(list("phoenix", "?size=100000").statusCode()).isEqualTo(400);
        assertThat(list("phoenix", "?page=10737419&size=200").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = HttpJson.get("http://localhost:" + port + "/api/v1/action-items/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void servesAnOpenApiDescriptionOfItsApi() {
        HttpResponse<String> docs = HttpJson.get("http://localhost:" + port + "/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(docs.body(), "$.openapi")).startsWith("3.");
        assertThat((java.util.Map<String, Object>) JsonPath.read(docs.body(), "$.paths")).containsKeys(
                "/api/v1/teams/{team}/action-items", "/api/v1/action-items/{id}",
                "/api/v1/action-items/{id}/transitions", "/api/v1/retros/{retroId}/follow-through");
        assertThat((Object) JsonPath.read(docs.body(), "$.paths['/api/v1/action-items/{id}'].patch")).isNotNull();
    }

    @Test
    void ownerFilterIsAValueNeverAnOperator() {
        String team = TestTeams.unique("phoenix");
        TopicWriter.publish(submitted(team, retro()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat((Integer) JsonPath.read(list(team, "").body(), "$.total")).isEqualTo(3));

        assertThat((Integer) JsonPath.read(list(team, "?owner=%7B%22%24ne%22%3Anull%7D").body(), "$.total"))
                .isZero();
        assertThat((Integer) JsonPath.read(list(team, "?owner=.*").body(), "$.total")).isZero();
        assertThat((Integer) JsonPath.read(list(team, "?owner=Charlie").body(), "$.total")).isEqualTo(1);
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicOnceAndLaterRecordsStillFlow() {
        String team = TestTeams.unique("poison");
        double countedBefore = deadLettersCounted();
        TopicWriter.send(Topics.RETRO_SUBMITTED, team, "{not json".getBytes(StandardCharsets.UTF_8));
        TopicWriter.publish(submitted(team, retro()));
        // A second poison record of the same team, after the good one: when it is dead-lettered, the first one has
        // been handled completely, so exactly two dead letters means each went there once.
        TopicWriter.send(Topics.RETRO_SUBMITTED, team, "{second poison".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat((Integer) JsonPath.read(list(team, "").body(), "$.total")).isEqualTo(3));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLettersFor(team))
                .anySatisfy(record -> assertThat(new String(record.value(), StandardCharsets.UTF_8))
                        .isEqualTo("{second poison")));
        assertThat(deadLettersFor(team)).hasSize(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(deadLettersCounted()).isEqualTo(countedBefore + 2));
        ConsumerRecord<String, byte[]> dead = deadLettersFor(team).getFirst();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.RETRO_SUBMITTED);
        assertThat(header(dead, DeadLetterHeaders.FAILED_SERVICE)).isEqualTo("action-tracker-service");
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
    }

    private List<ConsumerRecord<String, byte[]>> deadLettersFor(String team) {
        return deadLetters.poll().stream().filter(record -> team.equals(record.key())).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private List<EventEnvelope<ActionItemStateChanged>> changesFor(String team) {
        return changes.events(ActionItemStateChanged.class).stream().filter(e -> e.team().equals(team)).toList();
    }

    private HttpResponse<String> list(String team, String query) {
        return HttpJson.get("http://localhost:" + port + "/api/v1/teams/" + team + "/action-items" + query);
    }

    private static List<String> titles(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.items[*].title");
    }

    /** {@code retrotrack_dead_letters_total{topic="retro.submitted.v1"}} of this instance. */
    private double deadLettersCounted() {
        return meters.get("retrotrack.dead.letters").tag("topic", Topics.RETRO_SUBMITTED).counter().count();
    }

    private static Retro retro() {
        return new Retro(new Retro.EpicRef("E-7", "Billing"), LocalDate.of(2026, 11, 20), "Bob", List.of(), null,
                List.of(),
                List.of(new Retro.ActionItem("Add lint gate", "Charlie", "2026-12-01", null, null, Priority.HIGH,
                                null, null, null),
                        new Retro.ActionItem("Document the release process", "Dana", "next sprint", null, null,
                                Priority.MEDIUM, ItemStatus.OPEN, null, null)),
                List.of(new Retro.TechDebtItem("TD-7-1", "Flaky invoice test", Priority.CRITICAL, "InvoiceTest",
                        null, null, null)),
                List.of(), null, List.of());
    }

    private static EventEnvelope<RetroSubmitted> submitted(String team, Retro retro) {
        String retroId = UUID.randomUUID().toString();
        return EventEnvelope.wrap(new RetroSubmitted(retroId, team, retro), retroId, team, TraceContext.NONE,
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
    }
}
