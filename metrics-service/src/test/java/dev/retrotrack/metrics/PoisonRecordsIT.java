package dev.retrotrack.metrics;

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
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Retro;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.events.StoryPlanned;
import dev.retrotrack.events.TraceContext;
import dev.retrotrack.events.Topics;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.Management;
import dev.retrotrack.testing.PrometheusScrape;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TestTeams;
import dev.retrotrack.testing.TopicWriter;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A poison record on each topic the metrics service reads: kept as a dead letter (store and topic) once, while the
 * valid record after it on the same partition is processed, and the consumers catch up (no lag left).
 */
@RetrotrackIntegrationTest
class PoisonRecordsIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MongoTemplate mongo;

    @ParameterizedTest
    @ValueSource(strings = {Topics.RETRO_SUBMITTED, Topics.ACTION_ITEM_CHANGED, Topics.STORY_CHANGED})
    void aPoisonRecordIsDeadLetteredOnceAndTheNextRecordIsProcessed(String topic) {
        String team = TestTeams.unique("poison");
        String poison = "{\"type\": \"" + UUID.randomUUID() + "\"";   // not even JSON
        TopicWriter.send(topic, team, poison.getBytes(StandardCharsets.UTF_8));
        EventEnvelope<?> valid = validEventOn(topic, team);
        TopicWriter.publish(valid);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(processed(topic, team)).isTrue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> page = HttpJson.get(base() + "/api/v1/dead-letters?status=PENDING&size=200");
            List<String> topics = JsonPath.read(page.body(), "$.deadLetters[?(@.payload == '"
                    + poison.replace("'", "\\'") + "')].topic");
            assertThat(topics).containsExactly(topic);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(maxLag()).isZero());
    }

    /** Item changes are applied a poll at a time: a poison record among them fails alone. */
    @Test
    void aPoisonItemChangeAmongValidOnesIsDeadLetteredAloneAndTheOthersAreApplied() {
        String team = TestTeams.unique("poison-batch");
        String poison = "{\"type\": \"" + UUID.randomUUID() + "\"";
        TopicWriter.publish(itemRaised(team, "before"));
        TopicWriter.send(Topics.ACTION_ITEM_CHANGED, team, poison.getBytes(StandardCharsets.UTF_8));
        TopicWriter.publish(itemRaised(team, "after"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mongo.getCollection("item_states")
                .countDocuments(new Document("team", team))).isEqualTo(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> page = HttpJson.get(base() + "/api/v1/dead-letters?status=PENDING&size=200");
            List<String> topics = JsonPath.read(page.body(), "$.deadLetters[?(@.payload == '"
                    + poison.replace("'", "\\'") + "')].topic");
            assertThat(topics).containsExactly(Topics.ACTION_ITEM_CHANGED);
        });
    }

    private static EventEnvelope<?> itemRaised(String team, String item) {
        return EventEnvelope.wrap(new ActionItemStateChanged(team + "~" + item, team, "1", ItemKind.ACTION, item,
                null, ItemStatus.OPEN, CLOCK.instant(), ChangeCause.RETRO, "r", null, null, null, 1, false, 0, null),
                team + "~" + item, team, TraceContext.NONE, CLOCK);
    }

    private boolean processed(String topic, String team) {
        return switch (topic) {
            case Topics.RETRO_SUBMITTED -> mongo.getCollection("ingested_retros")
                    .countDocuments(new Document("team", team)) == 1;
            case Topics.ACTION_ITEM_CHANGED -> mongo.getCollection("item_states")
                    .countDocuments(new Document("team", team)) == 1;
            default -> mongo.getCollection("stories").countDocuments(new Document("team", team)) == 1;
        };
    }

    private static EventEnvelope<?> validEventOn(String topic, String team) {
        return switch (topic) {
            case Topics.RETRO_SUBMITTED -> {
                String retroId = UUID.randomUUID().toString();
                yield EventEnvelope.wrap(new RetroSubmitted(retroId, team, new Retro(new Retro.EpicRef("1", "P"),
                        LocalDate.of(2026, 11, 20), null, List.of(), null, List.of(), List.of(), List.of(),
                        List.of(), null, List.of())), retroId, team, TraceContext.NONE, CLOCK);
            }
            case Topics.ACTION_ITEM_CHANGED -> EventEnvelope.wrap(new ActionItemStateChanged(team + "~act-1", team,
                    "1", ItemKind.ACTION, "A", null, ItemStatus.OPEN, CLOCK.instant(), ChangeCause.RETRO, "r", null,
                    null, null, 1, false, 0, null), team + "~act-1", team, TraceContext.NONE, CLOCK);
            default -> EventEnvelope.wrap(new StoryPlanned("1-1-a", "1", team, CLOCK.instant(), "backlog"),
                    "1-1-a", team, TraceContext.NONE, CLOCK);
        };
    }

    /** The largest consumer lag any of this instance's consumers reports. */
    private double maxLag() {
        String exposition = Management.scrape(managementPort);
        double max = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith("kafka_consumer_fetch_manager_records_lag_max{")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                max = Double.isNaN(value) ? max : Math.max(max, value);
            }
        }
        assertThat(PrometheusScrape.value(exposition, "kafka_consumer_fetch_manager_records_lag_max", Map.of()))
                .as("lag is exported").isPresent();
        return max;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
