package dev.retrotrack.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retrotrack.events.ActionItemStateChanged;
import dev.retrotrack.events.ChangeCause;
import dev.retrotrack.events.EventEnvelope;
import dev.retrotrack.events.EventPayload;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.events.Retro;
import dev.retrotrack.events.RetroSubmitted;
import dev.retrotrack.events.StoryFinished;
import dev.retrotrack.events.StoryPlanned;
import dev.retrotrack.events.StoryReopened;
import dev.retrotrack.events.StoryStarted;
import dev.retrotrack.events.TraceContext;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.Management;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import dev.retrotrack.testing.TopicWriter;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Property: however the events of several teams interleave, and however often any of them is delivered again
 * (Kafka redelivers after a rebalance or a crash; each team's events stay in order on its partition), the metrics
 * end up exactly as after the clean sequence. Checked for many random interleavings (seeded, so a failure names the
 * seed to replay), each through the real broker on its own teams, against a clean run.
 */
@RetrotrackIntegrationTest
class EventInterleavingIT {

    private static final int RUNS = 12;
    private static final List<String> TEAMS = List.of("a", "b", "c");
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final Pattern SAMPLE = Pattern.compile("^(retrotrack_[a-z_]+)\\{([^}]*)}\\s+(\\S+)");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anyInterleavingWithRedeliveriesEndsInTheCleanSequencesMetrics() {
        String prefix = "il" + Long.toString(System.nanoTime(), 36);
        // -Dretrotrack.interleaving.seed=<seed> replays a failure's interleavings
        long seed = Long.getLong("retrotrack.interleaving.seed", new Random().nextLong());
        Random random = new Random(seed);

        publish(clean(prefix + "-clean"));
        List<String> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            String runPrefix = prefix + "-r" + run;
            publish(shuffledWithRedeliveries(runPrefix, random));
            runs.add(runPrefix);
        }
        awaitFences(prefix + "-clean");
        runs.forEach(this::awaitFences);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Map<String, Double>> byRun = exportedByRun();
            Map<String, Double> clean = byRun.get(prefix + "-clean");
            assertThat(clean).as("the clean run's metrics").isNotEmpty()
                    .containsKey("retrotrack_action_item_cycle_time_seconds_count{kind=ACTION,priority=HIGH,team=a}");
            for (String run : runs) {
                assertThat(byRun.get(run)).as("run %s (seed %d)", run, seed).isEqualTo(clean);
            }
        });
        for (String team : TEAMS) {
            String clean = normalizedEpics(prefix + "-clean", team);
            for (String run : runs) {
                assertThat(normalizedEpics(run, team)).as("epics of %s-%s (seed %d)", run, team, seed)
                        .isEqualTo(clean);
            }
        }
    }

    /** Per team, in order: what a month of one team sends (retros, item changes, story events). */
    private static Map<String, List<EventEnvelope<?>>> clean(String runPrefix) {
        Map<String, List<EventEnvelope<?>>> events = new LinkedHashMap<>();
        for (String name : TEAMS) {
            String team = runPrefix + "-" + name;
            List<EventEnvelope<?>> sequence = new ArrayList<>();
            sequence.add(retro(team, "1", 0, 4, 2, List.of()));
            sequence.add(item(team, "act-1", null, ItemStatus.OPEN, 1, 0));
            sequence.add(item(team, "act-2", null, ItemStatus.OPEN, 1, 0));
            sequence.add(story(team, new StoryPlanned("1-1-a", "1", team, at(1), "backlog")));
            sequence.add(story(team, new StoryPlanned("1-2-b", "1", team, at(1), "backlog")));
            sequence.add(story(team, new StoryStarted("1-1-a", "1", team, at(2), "backlog")));
            sequence.add(item(team, "act-1", ItemStatus.OPEN, ItemStatus.IN_PROGRESS, 2, 3));
            sequence.add(story(team, new StoryFinished("1-1-a", "1", team, at(4), "in-progress", 3)));
            sequence.add(story(team, new StoryReopened("1-1-a", "1", team, at(5), "done", "in-progress")));
            sequence.add(item(team, "act-1", ItemStatus.IN_PROGRESS, ItemStatus.DONE, 3, 6));
            sequence.add(item(team, "act-2", ItemStatus.OPEN, ItemStatus.BLOCKED, 2, 6));
            sequence.add(story(team, new StoryFinished("1-1-a", "1", team, at(7), "in-progress", 3)));
            sequence.add(retro(team, "2", 8, null, null, List.of(
                    new Retro.FollowThroughItem("Item act-1", ItemStatus.DONE, null),
                    new Retro.FollowThroughItem("Item act-2", ItemStatus.BLOCKED, null))));
            sequence.addAll(fences(team));
            events.put(team, sequence);
        }
        return events;
    }

    /**
     * The clean sequence of fresh teams, the teams' events interleaved at random (each team's in its order), and
     * after any event, with some chance, one of the events already sent delivered again.
     */
    private static Map<String, List<EventEnvelope<?>>> shuffledWithRedeliveries(String runPrefix, Random random) {
        Map<String, List<EventEnvelope<?>>> perTeam = clean(runPrefix);
        List<EventEnvelope<?>> sent = new ArrayList<>();
        List<List<EventEnvelope<?>>> queues = new ArrayList<>();
        perTeam.values().forEach(queue -> queues.add(new ArrayList<>(queue)));
        java.util.Set<String> fenced = new java.util.HashSet<>();
        while (queues.stream().anyMatch(queue -> !queue.isEmpty())) {
            List<EventEnvelope<?>> queue = queues.get(random.nextInt(queues.size()));
            if (queue.isEmpty()) {
                continue;
            }
            EventEnvelope<?> next = queue.removeFirst();
            if (isFence(next)) {
                fenced.add(next.team()); // the fences stay the team's last events: nothing of it comes after them
            }
            sent.add(next);
            if (random.nextInt(10) < 3) {
                List<EventEnvelope<?>> redeliverable = sent.stream()
                        .filter(event -> !fenced.contains(event.team())).toList();
                if (!redeliverable.isEmpty()) {
                    sent.add(redeliverable.get(random.nextInt(redeliverable.size())));
                }
            }
        }
        return Map.of("interleaved", sent);
    }

    private static void publish(Map<String, List<EventEnvelope<?>>> events) {
        events.values().forEach(sequence -> sequence.forEach(TopicWriter::publish));
    }

    /**
     * Each team's last event on each of the three topics (keyed like the rest, so on the same partition) has been
     * stored: everything before it on that topic has been applied.
     */
    private void awaitFences(String runPrefix) {
        for (String name : TEAMS) {
            String team = runPrefix + "-" + name;
            await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getCollection("stories")
                    .countDocuments(new Document("_id", team + "~9-9-fence")) == 1
                    && mongo.getCollection("item_states").countDocuments(new Document("_id", team + "~fence")) == 1
                    && mongo.getCollection("ingested_retros")
                    .countDocuments(new Document("_id", team + "-fence")) == 1);
        }
    }

    /** Every retrotrack_* series of every run's teams, by run, with the team label reduced to a, b or c. */
    private Map<String, Map<String, Double>> exportedByRun() {
        Map<String, Map<String, Double>> byRun = new TreeMap<>();
        for (String line : Management.scrape(managementPort).split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.find()) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            Matcher label = Pattern.compile("([a-z_]+)=\"([^\"]*)\"").matcher(sample.group(2));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            String team = labels.getOrDefault("team", "");
            int dash = team.lastIndexOf('-');
            if (!team.startsWith("il") || dash < 0) {
                continue;
            }
            labels.put("team", team.substring(dash + 1));
            StringBuilder key = new StringBuilder(sample.group(1)).append('{');
            labels.forEach((name, value) -> key.append(name).append('=').append(value).append(','));
            key.setLength(key.length() - 1);
            byRun.computeIfAbsent(team.substring(0, dash), run -> new TreeMap<>())
                    .put(key.append('}').toString(), Double.parseDouble(sample.group(3)));
        }
        return byRun;
    }

    private String normalizedEpics(String runPrefix, String name) {
        String team = runPrefix + "-" + name;
        return HttpJson.get("http://localhost:" + port + "/api/v1/teams/" + team + "/epics").body()
                .replace(team, "TEAM");
    }

    private static Instant at(int day) {
        return T0.plus(Duration.ofDays(day));
    }

    private static EventEnvelope<?> retro(String team, String epic, int day, Integer planned, Integer completed,
                                          List<Retro.FollowThroughItem> followThrough) {
        String retroId = UUID.randomUUID().toString();
        Retro retro = new Retro(new Retro.EpicRef(epic, "Epic " + epic), LocalDate.ofInstant(at(day), ZoneOffset.UTC),
                null, List.of(), planned == null ? null : new Retro.Delivery(planned, completed, null, null, null),
                List.of(), List.of(), List.of(), followThrough, null, List.of());
        return EventEnvelope.wrap(new RetroSubmitted(retroId, team, retro), retroId, team, TraceContext.NONE,
                Clock.fixed(at(day), ZoneOffset.UTC));
    }

    private static EventEnvelope<?> item(String team, String item, ItemStatus from, ItemStatus to, long version,
                                         int day) {
        String id = team + "~" + item;
        return EventEnvelope.wrap(new ActionItemStateChanged(id, team, "1", ItemKind.ACTION, "Item " + item, from, to,
                at(day), ChangeCause.RETRO, "r", Priority.HIGH, null, null, version, false, 0, null), id, team,
                TraceContext.NONE, Clock.fixed(at(day), ZoneOffset.UTC));
    }

    private static EventEnvelope<?> story(String team, EventPayload event) {
        return EventEnvelope.wrap(event, team, team, TraceContext.NONE, Clock.fixed(T0, ZoneOffset.UTC));
    }

    /** The team's last event on each topic. */
    private static List<EventEnvelope<?>> fences(String team) {
        String retroId = team + "-fence";
        Retro retro = new Retro(new Retro.EpicRef("9", "Fence"), LocalDate.ofInstant(at(9), ZoneOffset.UTC), null,
                List.of(), null, List.of(), List.of(), List.of(), List.of(), null, List.of());
        return List.of(story(team, new StoryPlanned("9-9-fence", "9", team, at(9), "backlog")),
                item(team, "fence", null, ItemStatus.OPEN, 1, 9),
                EventEnvelope.wrap(new RetroSubmitted(retroId, team, retro), retroId, team, TraceContext.NONE,
                        Clock.fixed(at(9), ZoneOffset.UTC)));
    }

    private static boolean isFence(EventEnvelope<?> event) {
        return event.subject().endsWith("fence") || event.payload() instanceof StoryPlanned planned
                && planned.storyKey().equals("9-9-fence");
    }
}
