package dev.retrotrack.ingest.retro.web;

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
import dev.retrotrack.events.Retro;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.ingest.retro.RetroRules;
import dev.retrotrack.ingest.retro.persistence.RetroReceiptRepository;
import dev.retrotrack.ingest.retro.submission.RetroSubmissions;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jazzer fuzz target for {@code POST /api/v1/teams/{team}/retros} with a JSON body, as the service handles it: Spring
 * MVC on a slim context with the JSON mapper Boot builds from the service's {@code spring.jackson.*} settings
 * (retrotrack-defaults' read limits included), binding into {@link Retro}, the retro rules, the RetroSubmitted event
 * and the one error handler; only MongoDB and Kafka are stand-ins. Under {@code ./mvnw verify} it runs its corpus
 * ({@code RetroJsonFuzzTestInputs/}) as a regression test; to fuzz, run {@code JAZZER_FUZZ=1
 * JAZZER_INSTRUMENT='dev.retrotrack.**,tools.jackson.**' ./mvnw -pl retro-ingest-service -am test
 * -Dtest=RetroJsonFuzzTest -Dsurefire.failIfNoSpecifiedTests=false} (instrumenting Jackson shows the fuzzer how far
 * into the JSON an input got) and add what it finds to the corpus. Each body is sent as a preview
 * ({@code dryRun=true}) and as a submission: both are answered safely ({@link ApiAnswer}) and agree, so the body is
 * read the same way twice; an accepted retro goes out as one event that consumers read back as the retro answered.
 */
// One log line per accepted retro would be most of a fuzzing run's output.
// The fuzzer sends thousands of requests a second with one key: without this, most would be answered 429.
@WebMvcTest(properties = {"logging.level.dev.retrotrack.ingest.retro.submission=warn",
        "retrotrack.security.rate-limit.burst=1000000000"})
@ContextConfiguration(initializers = TestKeysInitializer.class)
// MockMvc would keep a printout of every request for a failure report until the test method ends: a fuzzing run is
// one test method, millions of requests.
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class RetroJsonFuzzTest {

    private static final String RETROS = "/api/v1/teams/fuzz/retros";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    RecordingPublisher publisher;

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "/dev/retrotrack/testing/json.dict")
    void answersAnyBody(FuzzedDataProvider data) throws Exception {
        byte[] body = data.consumeRemainingAsBytes();

        ApiAnswer preview = send(RETROS + "?dryRun=true", body);
        assertThat(publisher.drain()).isEmpty();
        ApiAnswer submission = send(RETROS, body);
        List<EventEnvelope<?>> events = publisher.drain();

        if (!preview.accepted()) {
            submission.requireSameOutcome(preview);
            assertThat(events).isEmpty();
            return;
        }
        // The preview is the retro's own fields (unwrapped) beside the verdict.
        ObjectNode previewed = ((ObjectNode) preview.body()).deepCopy();
        boolean acceptable = previewed.remove("acceptable").asBoolean();
        JsonNode errors = previewed.remove("errors");
        if (!acceptable) {
            assertThat(submission.status()).isEqualTo(400);
            assertThat(submission.body().get("errors")).isEqualTo(errors);
            assertThat(events).isEmpty();
            return;
        }
        assertThat(submission.status()).isEqualTo(202);
        assertThat(submission.body().get("retro")).isEqualTo(previewed);
        assertThat(events).singleElement().satisfies(event -> {
            Retro retro = event.as(RetroSubmitted.class).payload().retro();
            assertThat((JsonNode) json.valueToTree(retro)).isEqualTo(previewed);
            assertThat(RetroRules.check(retro)).isEmpty();
        });
    }

    @Test
    void readsWithTheServiceJsonLimits(@Autowired Environment environment) {
        JsonReadLimits.requireConfigured(json, environment);
    }

    private ApiAnswer send(String uri, byte[] body) throws Exception {
        return ApiAnswer.of(mvc.perform(post(uri)
                        .header("Authorization", HttpJson.bearer(TestKeys.EVERY_TEAM))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn()).requireSafe();
    }

    /** The endpoint and what it needs, nothing else of the service: its receipts store and Kafka are stand-ins. */
    @Configuration(proxyBeanMethods = false)
    @Import({RetroController.class, RetroSubmissions.class, ApiSlice.class})
    static class Endpoint {

        @Bean
        RetroReceiptRepository receipts() {
            // stubOnly: a mock that records every call would grow without bound over millions of runs
            RetroReceiptRepository receipts = mock(RetroReceiptRepository.class, withSettings().stubOnly());
            when(receipts.save(any())).thenAnswer(call -> call.getArgument(0));
            return receipts;
        }
    }
}
