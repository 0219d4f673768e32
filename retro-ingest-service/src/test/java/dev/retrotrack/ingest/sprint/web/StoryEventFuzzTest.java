package dev.retrotrack.ingest.sprint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.StoryEvent;
import dev.retrotrack.ingest.sprint.application.SprintStatusUpdates;
import dev.retrotrack.ingest.sprint.persistence.TeamStoriesStore;
import dev.retrotrack.support.messaging.ApiSlice;
import dev.retrotrack.support.messaging.RecordingPublisher;
import dev.retrotrack.testing.ApiAnswer;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.TestKeys;
import dev.retrotrack.testing.TestKeysInitializer;
import dev.retrotrack.testing.JsonReadLimits;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Jazzer fuzz target for {@code POST /api/v1/teams/{team}/stories/{key}/events}, a tracker's webhook, as the service
 * handles it: Spring MVC on a slim context with the service's JSON mapper (Boot builds it from
 * {@code spring.jackson.*}, retrotrack-defaults' read limits included), the controller's field checks, the
 * sprint-status rules and the story events, encoded into the team's outbox and published; only MongoDB (a team with
 * no stories yet) and Kafka are stand-ins. Under {@code ./mvnw verify} it runs its corpus
 * ({@code StoryEventFuzzTestInputs/}) as a regression test; to fuzz, run {@code JAZZER_FUZZ=1
 * JAZZER_INSTRUMENT='dev.retrotrack.**,tools.jackson.**' ./mvnw -pl retro-ingest-service -am test
 * -Dtest=StoryEventFuzzTest -Dsurefire.failIfNoSpecifiedTests=false} and add what it finds to the corpus. Any body is
 * answered safely ({@link ApiAnswer}) and the same way twice; an accepted one publishes exactly the changes it
 * answers, each an event of this story and team that consumers can read.
 */
// The fuzzer sends thousands of requests a second with one key: without this, most would be answered 429.
@WebMvcTest(properties = "retrotrack.security.rate-limit.burst=1000000000")
@ContextConfiguration(initializers = TestKeysInitializer.class)
// MockMvc would keep a printout of every request for a failure report until the test method ends: a fuzzing run is
// one test method, millions of requests.
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class StoryEventFuzzTest {

    private static final String TEAM = "fuzz";
    private static final String KEY = "1-2-account-management";

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingPublisher publisher;

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "/dev/retrotrack/testing/json.dict")
    void answersAnyBody(FuzzedDataProvider data) throws Exception {
        byte[] body = data.consumeRemainingAsBytes();

        ApiAnswer answer = send(body);
        List<EventEnvelope<?>> events = publisher.drain();
        ApiAnswer again = send(body);
        publisher.drain();

        answer.requireSameOutcome(again);
        if (!answer.accepted()) {
            assertThat(events).isEmpty();
            return;
        }
        assertThat(again.body()).isEqualTo(answer.body());
        assertThat(answer.body().path("team").asString()).isEqualTo(TEAM);
        assertThat(answer.body().path("stories").asInt()).isEqualTo(1);
        assertThat(answer.body().path("changes")).hasSize(events.size())
                .allSatisfy(change -> assertThat(change.path("storyKey").asString()).isEqualTo(KEY));
        assertThat(events).allSatisfy(event -> {
            assertThat(event.team()).isEqualTo(TEAM);
            assertThat(event.subject()).isEqualTo(KEY);
            assertThat(((StoryEvent) event.payload()).storyKey()).isEqualTo(KEY);
        });
    }

    @Test
    void readsWithTheServiceJsonLimits(@Autowired JsonMapper json, @Autowired Environment environment) {
        JsonReadLimits.requireConfigured(json, environment);
    }

    private ApiAnswer send(byte[] body) throws Exception {
        return ApiAnswer.of(mvc.perform(post("/api/v1/teams/{team}/stories/{key}/events", TEAM, KEY)
                .header("Authorization", HttpJson.bearer(TestKeys.EVERY_TEAM))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()).requireSafe();
    }

    /**
     * The endpoint and what it needs, nothing else of the service. The store always holds no stories for the team,
     * so every request is the team's first and the same body is answered the same way twice.
     */
    @Configuration(proxyBeanMethods = false)
    @Import({StoryEventController.class, SprintStatusUpdates.class, ApiSlice.class})
    static class Endpoint {

        @Bean
        TeamStoriesStore teamStories() {
            // stubOnly: a mock that records every call would grow without bound over millions of runs
            TeamStoriesStore store = mock(TeamStoriesStore.class, withSettings().stubOnly());
            when(store.save(any())).thenAnswer(call -> call.getArgument(0));
            return store;
        }
    }
}
