package dev.retrotrack.tracker.item.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.EventCodec;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.support.messaging.ApiSlice;
import dev.retrotrack.support.messaging.RecordingPublisher;
import dev.retrotrack.testing.ApiAnswer;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.TestKeys;
import dev.retrotrack.testing.TestKeysInitializer;
import dev.retrotrack.testing.JsonReadLimits;
import dev.retrotrack.tracker.item.DueDatePolicy;
import dev.retrotrack.tracker.item.ItemDraft;
import dev.retrotrack.tracker.item.Lifecycle;
import dev.retrotrack.tracker.item.TrackedItem;
import dev.retrotrack.tracker.item.application.ItemChanges;
import dev.retrotrack.tracker.item.application.ItemCommands;
import dev.retrotrack.tracker.item.application.ItemQueries;
import dev.retrotrack.tracker.item.messaging.OutboxRelay;
import dev.retrotrack.tracker.item.persistence.FollowThroughReports;
import dev.retrotrack.tracker.item.persistence.ItemStore;
import dev.retrotrack.tracker.item.persistence.OutboxEntry;
import dev.retrotrack.tracker.item.persistence.StoredItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jazzer fuzz targets for the tracker's two JSON changes, {@code POST /api/v1/action-items/{id}/transitions} and
 * {@code PATCH /api/v1/action-items/{id}} (a JSON merge patch), as the service handles them: Spring MVC on a slim
 * context with the service's JSON mapper (Boot builds it from {@code spring.jackson.*}, retrotrack-defaults' read
 * limits included), the request's field checks, the item's lifecycle and the events saved in its outbox and
 * published; only MongoDB (one open item) and Kafka are stand-ins. Under {@code ./mvnw verify} each runs its corpus
 * ({@code ItemControllerFuzzTestInputs/<method>/}) as a regression test; to fuzz one, run {@code JAZZER_FUZZ=1
 * JAZZER_INSTRUMENT='dev.retrotrack.**,tools.jackson.**' ./mvnw -pl action-tracker-service -am test
 * -Dtest='ItemControllerFuzzTest#transitionsAnyBody' -Dsurefire.failIfNoSpecifiedTests=false} and add what it finds
 * to the corpus. Any body is answered safely ({@link ApiAnswer}) and the same way twice; an accepted change is one
 * new version of the item, published as one event that says what the answer says.
 */
// The fuzzer sends thousands of requests a second with one key: without this, most would be answered 429.
@WebMvcTest(properties = "retrotrack.security.rate-limit.burst=1000000000")
@ContextConfiguration(initializers = TestKeysInitializer.class)
// MockMvc would keep a printout of every request for a failure report until the test method ends: a fuzzing run is
// one test method, millions of requests.
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class ItemControllerFuzzTest {

    /** Raised by a retro two weeks before the clock's today and due ("end of sprint") on it: open, not overdue. */
    private static final TrackedItem ITEM = TrackedItem.raise("fuzz",
            new ItemDraft(ItemKind.ACTION, "Add a lint gate", "Charlie", "end of sprint", Priority.HIGH, null, null,
                    null, null, null),
            new TrackedItem.RetroContext("retro-1", "7", LocalDate.parse("2026-11-06"),
                    Instant.parse("2026-11-06T15:00:00Z")), DueDatePolicy.DEFAULT);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingPublisher publisher;

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "/dev/retrotrack/testing/json.dict")
    void transitionsAnyBody(FuzzedDataProvider data) throws Exception {
        byte[] body = data.consumeRemainingAsBytes();

        Change change = twice(post("/api/v1/action-items/{id}/transitions", ITEM.id())
                .header("Authorization", HttpJson.bearer(TestKeys.EVERY_TEAM))
                .contentType(MediaType.APPLICATION_JSON).content(body));

        if (change.answer().accepted()) {
            ItemStatus to = ItemStatus.valueOf(change.answer().body().path("status").asString());
            assertThat(Lifecycle.allows(ITEM.status(), to)).isTrue();
            ActionItemStateChanged event = change.newVersion();
            assertThat(event.from()).isEqualTo(ITEM.status());
            assertThat(event.to()).isEqualTo(to);
        }
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "/dev/retrotrack/testing/json.dict")
    void editsAnyBody(FuzzedDataProvider data) throws Exception {
        byte[] body = data.consumeRemainingAsBytes();

        Change change = twice(patch("/api/v1/action-items/{id}", ITEM.id())
                .header("Authorization", HttpJson.bearer(TestKeys.EVERY_TEAM))
                .contentType("application/merge-patch+json").content(body));

        // An edit that changes nothing is answered with the item as it was: no new version, no event.
        if (change.answer().accepted() && change.answer().body().path("version").asLong() != ITEM.version()) {
            ActionItemStateChanged event = change.newVersion();
            assertThat(event.to()).isEqualTo(ITEM.status());
            JsonNode item = change.answer().body();
            assertThat(item.path("owner").asString()).isEqualTo(event.owner());
            assertThat(item.path("priority").asString()).isEqualTo(event.priority().name());
            assertThat(item.path("dueDate").asString()).isEqualTo(String.valueOf(event.dueDate()));
        } else {
            assertThat(change.events()).isEmpty();
        }
    }

    @Test
    void readsWithTheServiceJsonLimits(@Autowired JsonMapper json, @Autowired Environment environment) {
        JsonReadLimits.requireConfigured(json, environment);
    }

    /** A request's answer (the same both times it was sent) and what the first one published. */
    private record Change(ApiAnswer answer, List<EventEnvelope<?>> events) {

        /** The one event of an accepted change, after checking the answer is the item's next version. */
        ActionItemStateChanged newVersion() {
            JsonNode item = answer.body();
            long version = ITEM.version() + 1;
            assertThat(item.path("id").asString()).isEqualTo(ITEM.id());
            assertThat(item.path("title").asString()).isEqualTo(ITEM.title());
            assertThat(item.path("version").asLong()).isEqualTo(version);
            assertThat(answer.etag()).isEqualTo("\"" + version + "\"");
            assertThat(events).hasSize(1);
            ActionItemStateChanged event = events.getFirst().as(ActionItemStateChanged.class).payload();
            assertThat(event.itemId()).isEqualTo(ITEM.id());
            assertThat(event.itemVersion()).isEqualTo(version);
            assertThat(event.cause()).isEqualTo(ChangeCause.API);
            return event;
        }
    }

    private Change twice(MockHttpServletRequestBuilder request) throws Exception {
        ApiAnswer answer = ApiAnswer.of(mvc.perform(request).andReturn()).requireSafe();
        List<EventEnvelope<?>> events = publisher.drain();
        ApiAnswer again = ApiAnswer.of(mvc.perform(request).andReturn()).requireSafe();
        publisher.drain();
        answer.requireSameOutcome(again);
        if (answer.accepted()) {
            assertThat(again.body()).isEqualTo(answer.body());
        } else {
            assertThat(events).isEmpty();
        }
        return new Change(answer, events);
    }

    /**
     * The endpoints and what they need, nothing else of the service. The store always holds the one open item as
     * first raised, and a fixed clock stamps every change, so the same body is answered the same way twice.
     */
    @Configuration(proxyBeanMethods = false)
    @Import({ItemController.class, ItemQueries.class, ItemCommands.class, ItemChanges.class, OutboxRelay.class,
            ApiSlice.class})
    static class Endpoints {

        @Bean
        Clock clock() {
            return CLOCK;
        }

        @Bean
        FollowThroughReports followThroughReports() {
            return mock(FollowThroughReports.class, withSettings().stubOnly());
        }

        @Bean
        ItemStore items() {
            // stubOnly: a mock that records every call would grow without bound over millions of runs
            ItemStore store = mock(ItemStore.class, withSettings().stubOnly());
            when(store.find(ITEM.id())).thenReturn(Optional.of(new StoredItem(ITEM, 1, List.of())));
            // As the real store writes an outbox: each event encoded for the relay to decode and publish.
            when(store.update(any(), any(), any())).thenAnswer(call -> call.<List<EventEnvelope<?>>>getArgument(2)
                    .stream().map(event -> new OutboxEntry(event.eventId(),
                            new String(EventCodec.encode(event), StandardCharsets.UTF_8), CLOCK.instant()))
                    .toList());
            return store;
        }
    }
}
