package dev.retrotrack.tracker.item.persistence;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import dev.retrotrack.events.ItemKind;
import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.TestKeys;
import dev.retrotrack.tracker.TrackerApplication;
import dev.retrotrack.tracker.item.DueDatePolicy;
import dev.retrotrack.tracker.item.ItemDraft;
import dev.retrotrack.tracker.item.TrackedItem;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * List and filter latency of {@code GET /api/v1/teams/{team}/action-items} with 100,000 items in the store: the
 * real service over HTTP on loopback, against the local stack's MongoDB wire server (H2 file backend, as
 * {@code ./run-local} uses it). 200 teams of 500 items each; each request asks for a page of 50 with one of the
 * filters people use. Not a test: run {@code benchmarks/tracker-list}; results go to
 * {@code action-tracker-service/target/tracker-list-benchmark.txt}.
 */
public final class ItemListBenchmark {

    // Overridable (-Dteams=…) to see how latency scales with the store; the defaults are the 100,000 items.
    private static final int TEAMS = Integer.getInteger("teams", 200);
    private static final int ITEMS_PER_TEAM = Integer.getInteger("itemsPerTeam", 500);
    private static final int WARM_UP = Integer.getInteger("warmUp", 500);
    private static final int MEASURED = Integer.getInteger("requests", 2_000);
    /** As local-stack's MongoWireServer.CACHE_MB. */
    private static final int CACHE_MB = Integer.getInteger("cacheMb", 256);
    private static final String[] FILTERS = {"", "status=OPEN", "priority=HIGH", "kind=DEBT", "overdue=true",
            "owner=owner-3", "epic=E-4", "status=OPEN&priority=CRITICAL", "page=3"};

    private ItemListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("tracker-list-benchmark");
        // Opened as local-stack's MongoWireServer opens its file (same page cache size).
        MongoServer mongo = new MongoServer(new H2Backend(new MVStore.Builder()
                .fileName(work.resolve("bench.mv.db").toString()).cacheSize(CACHE_MB).open()));
        mongo.enableOplog();
        InetSocketAddress address = mongo.bind();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + address.getPort() + "/retrotrack-tracker",
                // No broker: the list path never touches Kafka, and no listener may try.
                "--spring.kafka.bootstrap-servers=127.0.0.1:1", "--spring.kafka.listener.auto-startup=false",
                "--retrotrack.tracker.overdue-initial-delay=1h", "--retrotrack.outbox.sweep-interval=1h",
                "--logging.level.root=WARN", "--logging.level.org.apache.kafka=OFF",
                "--logging.level.org.springframework.kafka=OFF",
                // Measured as a client calls it: with a key, whose check is part of the latency.
                "--retrotrack.security.rate-limit.burst=1000000"));
        TestKeys.properties().forEach(property -> arguments.add("--" + property));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(TrackerApplication.class)
                .run(arguments.toArray(String[]::new));
        try {
            long seedStart = System.nanoTime();
            seed(app.getBean(MongoTemplate.class));
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            Random random = new Random(42);
            for (int i = 0; i < WARM_UP; i++) {
                call(http, port, random, FILTERS[random.nextInt(FILTERS.length)]);
            }
            long[] nanos = new long[MEASURED];
            java.util.Map<String, List<Long>> byFilter = new java.util.TreeMap<>();
            for (int i = 0; i < MEASURED; i++) {
                String filter = FILTERS[random.nextInt(FILTERS.length)];
                nanos[i] = call(http, port, random, filter);
                byFilter.computeIfAbsent(filter.isEmpty() ? "(none)" : filter, key -> new ArrayList<>()).add(nanos[i]);
            }
            Arrays.sort(nanos);
            StringBuilder perFilter = new StringBuilder();
            byFilter.forEach((filter, list) -> {
                long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
                perFilter.append("  %-32s p50 %6.2f  p95 %6.2f%n".formatted(filter, ms(sorted, 0.5), ms(sorted, 0.95)));
            });
            String report = """
                    items in store: %d (%d teams × %d); seeded in %.1f s
                    requests measured: %d (after %d warm-up), page size 50, filters: %s
                    latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f
                    by filter (ms):
                    %s""".formatted(TEAMS * ITEMS_PER_TEAM, TEAMS, ITEMS_PER_TEAM, seedSeconds, MEASURED, WARM_UP,
                    String.join(" | ", FILTERS), ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                    nanos[nanos.length - 1] / 1e6, perFilter);
            System.out.print(report);
            Files.writeString(Path.of("target", "tracker-list-benchmark.txt"), report);
        } finally {
            app.close();
            mongo.shutdownNow();
        }
    }

    private static long call(HttpClient http, int port, Random random, String filter)
            throws IOException, InterruptedException {
        String team = "team-" + random.nextInt(TEAMS);
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/teams/" + team + "/action-items?size=50"
                + (filter.isEmpty() ? "" : "&" + filter));
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .header("Authorization", HttpJson.bearer(TestKeys.EVERY_TEAM)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return elapsed;
    }

    private static void seed(MongoTemplate mongo) {
        Random random = new Random(7);
        ItemStatus[] states = ItemStatus.values();
        Priority[] priorities = Priority.values();
        for (int team = 0; team < TEAMS; team++) {
            List<ItemDocument> batch = new ArrayList<>(ITEMS_PER_TEAM);
            for (int n = 0; n < ITEMS_PER_TEAM; n++) {
                String epic = "E-" + (n % 10);
                LocalDate held = LocalDate.of(2026, 1, 1).plusDays(n % 300);
                TrackedItem.RetroContext retro = new TrackedItem.RetroContext("retro-" + team + "-" + epic, epic,
                        held, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n * 3600L));
                ItemDraft draft = new ItemDraft(n % 4 == 0 ? ItemKind.DEBT : ItemKind.ACTION, "Item " + n + " of team "
                        + team, "owner-" + random.nextInt(8), null, priorities[random.nextInt(priorities.length)],
                        states[random.nextInt(states.length)], n % 4 == 0 ? "TD-" + n : null, null, null, null);
                TrackedItem item = TrackedItem.raise("team-" + team, draft, retro, DueDatePolicy.DEFAULT);
                if (random.nextInt(5) == 0) {
                    item = item.markedOverdue(Instant.now(), LocalDate.of(2027, 1, 1));
                }
                batch.add(ItemDocument.of(item, null, List.of()));
            }
            mongo.insert(batch, ItemCollections.PREFIX + "team-" + team);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
